from portal.domain.masking import mask_id, mask_name, mask_phone


def test_an_id_number_keeps_its_first_four_and_last_four_characters():
    assert mask_id("430102199001011234") == "4301**********1234"


def test_an_id_number_ending_in_x_is_masked_with_an_upper_case_x():
    assert mask_id("43010219900101123x") == "4301**********123X"


def test_an_empty_or_missing_id_number_masks_to_an_empty_string():
    assert mask_id(None) == "" and mask_id("  ") == ""


def test_a_too_short_number_never_shows_in_full():
    assert mask_id("12345") == "1****"


def test_a_mobile_number_keeps_its_first_three_and_last_four_digits():
    assert mask_phone("13812341234") == "138****1234"


def test_a_mobile_number_with_country_prefix_and_spaces_is_masked_the_same():
    assert mask_phone("+86 138 1234 1234") == "138****1234"


def test_a_name_keeps_only_its_first_character():
    assert mask_name("欧阳小明") == "欧***" and mask_name("李") == "李"
