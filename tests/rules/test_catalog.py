"""The read-only catalogue the UI shows: every number has a source and a confirmed flag, and the
facts the domain notes mark UNCONFIRMED or derived are flagged."""
from rules import catalog, catalog_rows
from rules.catalog_view import unconfirmed_summary


def test_every_catalogue_row_names_its_source():
    rows = catalog_rows()
    assert rows and all(r["source"] and isinstance(r["confirmed"], bool) for r in rows)
    assert {r["exam"] for r in rows} == set(catalog())


def test_derived_numbers_are_flagged_unconfirmed():
    rows = catalog_rows()
    planner_other_2022 = [r for r in rows if r["exam"] == "urban_planner" and r["from_year"] == 2022
                          and r["education"] == "bachelor" and r["major_tier"] == "other"]
    assert [(r["years"], r["confirmed"]) for r in planner_other_2022] == [(4, False)]
    planner_related_2022 = [r for r in rows if r["exam"] == "urban_planner" and r["from_year"] == 2022
                            and r["education"] == "bachelor" and r["major_tier"] == "related"]
    assert [(r["years"], r["confirmed"]) for r in planner_related_2022] == [(3, True)]


def test_the_unconfirmed_summary_lists_the_technical_school_rule_and_derived_years():
    text = "\n".join(unconfirmed_summary())
    assert "tech_school_equivalence" in text
    assert "licensed_pharmacist 2021 single junior_college [near]: 6年" in text
    assert "urban_planner 2021 single: 截止日期 12-31" in text
