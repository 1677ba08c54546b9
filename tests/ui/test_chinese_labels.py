"""The table of Streamlit's fixed English and its Chinese: every string is one the installed Streamlit
draws, each is given Chinese, the patterns rewrite what they are for, and the script carries the
table as it is."""
import json
import re
from pathlib import Path

import streamlit

from portal.ui import chinese_labels

WORDS = json.loads(chinese_labels.WORDS.read_text(encoding="utf-8"))
BUNDLE = "\n".join(p.read_text(encoding="utf-8", errors="ignore")
                   for p in (Path(streamlit.__file__).parent / "static").rglob("*.js"))


def test_every_english_string_is_one_streamlit_draws_and_has_chinese():
    missing = [text for text in WORDS["exact"] if text not in BUNDLE and not text.startswith("Press ")]
    assert missing == []
    assert all(re.search(r"[\u4e00-\u9fff]", zh) for zh in WORDS["exact"].values())
    assert not any(re.search(r"[A-Za-z]{2,}", zh.replace("Ctrl", "").replace("Esc", "").replace("CSV", ""))
                   for zh in WORDS["exact"].values())


def test_the_patterns_rewrite_the_sentences_they_are_for():
    rewrite = [(re.compile(a), b.replace("$1", r"\1")) for a, b in WORDS["patterns"]]

    def zh(text):
        return next((r.sub(b, text) for r, b in rewrite if r.search(text)), text)
    assert zh("Remove 长沙市") == "移除 长沙市"
    assert zh("Select 3 matches") == "选择 3 个匹配项"
    assert zh("You have requested page /queue, but no corresponding file was found in the app's pages/ directory. "
              "Running the app's main page.") == "您访问的页面不存在，已转到首页。"


def test_the_script_runs_once_per_tab_and_carries_the_table():
    script = chinese_labels.script()
    assert script.count("<script>") == 1 and script.count("</script>") == 1
    assert "window.__portalChinese" in script and '"Increment": "增加"' in script
