SELECT year FROM holiday_years;
