import subprocess
import sys

import pytest

from portal.certs import CodeError, hunan, tianjin
from portal.domain.units import hunan_units, load_units

VALID = {
    "A01262000000000001": "高级 by the province (all-zero unit part)",
    "B05262010000000017": "中级 by 长沙市 4301",
    "B05263310000009999": "中级 by 湘西州 4331, last serial",
    "C12032010200000003": "初级 by 芙蓉区 430102, year 2003",
    "C05261310100000001": "初级 by 吉首市 433101, 认定",
}


@pytest.mark.parametrize("code", VALID)
def test_valid_hunan_codes_pass(code):
    assert hunan.check(code) is None


INVALID = [
    ("D05262010000000001", "1", "不是等级字母"),
    ("b05262010000000001", "1", "应为大写字母"),
    ("B0X262010000000001", "2–3", "两位数字"),
    ("B052X2010000000001", "4–5", "取得年度"),
    ("B05264010000000001", "6", "1（评审）"),
    ("B05262990000000001", "7–8", "不是湖南省的市州编码"),
    ("B05262019900000001", "9–10", "不是长沙市下的县市区编码"),
    ("B05262010000100001", "11–14", "右补的0"),
    ("B05262000000000001", "7–14", "全为0只适用于省级审批的高级证书"),
    ("C05262000000000001", "7–14", "全为0只适用于省级审批的高级证书"),
    ("B05262010200000001", "9–10", "中级证书应由市州"),
    ("C05262010000000001", "9–10", "初级证书应由县市区"),
    ("A05262010000000001", "7–14", "高级证书应由省人社厅"),
    ("B05262010000000000", "15–18", "从0001开始"),
    ("B0526201000000000A", "15–18", "4位数字"),
    ("B052620100000000", "17–18", "编码只有16位"),
    ("B052620100000000011", "19", "第19位起多余"),
    ("B05262O10000000001", "7", "应为数字"),
]


@pytest.mark.parametrize("code, positions, why", INVALID)
def test_each_kind_of_invalid_hunan_code_names_its_first_wrong_position_and_why(code, positions, why):
    problem = hunan.check(code)
    assert problem is not None and problem.positions == positions and why in str(problem)
    assert str(problem).startswith(f"第{positions}位")


def test_once_series_codes_are_configured_only_listed_series_are_valid():
    assert hunan.check("B05262010000000001", series={"05"}) is None
    problem = hunan.check("B06262010000000001", series={"05"})
    assert problem.positions == "2–3" and "系列代码表" in problem.reason


def test_the_issuer_cannot_compose_a_prefix_its_unit_may_not_number():
    assert hunan.prefix(grade="assistant", series="05", year=2026, method="2", unit_code="430102") == "C05262" + "01020000"
    with pytest.raises(CodeError, match="中级证书应由市州"):
        hunan.prefix(grade="intermediate", series="05", year=2026, method="2", unit_code="430102")


@pytest.mark.parametrize("code, ok", [("C2026000001", True), ("A1234", True), ("F2026000001", False),
                                      ("c2026000001", False), ("C2026-00001", False), ("C12", False), ("", False)])
def test_tianjin_codes_are_a_grade_letter_a_to_e_followed_by_digits(code, ok):
    assert (tianjin.check(code) is None) is ok


def test_tianjin_composes_letter_by_grade_year_and_six_digit_serial():
    assert tianjin.compose(tianjin.prefix(grade="assistant", year=2026), 42) == "D2026000042"


def _cli(*args):
    return subprocess.run([sys.executable, "-m", "portal", "cert-code", "check", *args],
                          capture_output=True, text=True)


def test_cert_code_check_prints_valid_and_exits_zero_for_a_valid_code(tmp_path):
    out = _cli("B05262010000000017", "--home", str(tmp_path))
    assert out.returncode == 0 and out.stdout.strip() == "valid"


def test_cert_code_check_exits_one_with_one_line_naming_the_wrong_position(tmp_path):
    out = _cli("C05262010000000001", "--home", str(tmp_path))
    lines = out.stdout.strip().splitlines()
    assert out.returncode == 1 and len(lines) == 1 and "第9–10位" in lines[0] and "初级" in lines[0]


def test_cert_code_check_uses_the_tianjin_scheme_on_request(tmp_path):
    assert _cli("E2026000001", "--scheme", "tianjin", "--home", str(tmp_path)).returncode == 0
    assert _cli("E2026000001", "--home", str(tmp_path)).returncode == 1  # default scheme: hunan


def test_the_unit_tree_has_the_province_its_14_cities_and_122_counties():
    tree = hunan_units()
    levels = [u.level for u in tree.by_code.values()]
    assert levels.count("province") == 1 and levels.count("city") == 14 and levels.count("county") == 122
    assert tree.get("4331").name == "湘西土家族苗族自治州" and tree.get("431181").name == "祁阳市"
    assert tree.get("430102").unit_part == "01020000" and tree.get("4301").unit_part == "01000000"
    assert all(tree.get(u.parent) is not None for u in tree.by_code.values() if u.parent)


def test_a_unit_file_with_a_bad_code_is_refused_naming_file_and_line(tmp_path):
    bad = tmp_path / "units.csv"
    bad.write_text("code,name,level,parent\n43,湖南省,province,\n4301,长沙市,county,43\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"units.csv:3: bad unit code"):
        load_units(bad)
