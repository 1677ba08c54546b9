UPDATE users SET cities = $cities WHERE id = $id;
