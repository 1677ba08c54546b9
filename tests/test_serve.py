"""The web server is started with the upload limit the upload service enforces."""
from portal import serve
from portal.services.views import documents
from portal.uploads import Limits


def test_the_server_upload_limit_follows_the_portal_setting(monkeypatch):
    monkeypatch.setenv("PORTAL_UPLOAD_MAX_MB", "7")
    cmd = serve.command(["--server.port", "8600"])
    assert cmd[1:4] == ["-m", "streamlit", "run"] and cmd[4].endswith("streamlit_app.py")
    assert cmd[cmd.index("--server.maxUploadSize") + 1] == "7" == str(documents.upload_limit_mb())
    assert Limits.from_env().max_bytes == 7 * 2**20 and cmd[-2:] == ["--server.port", "8600"]
    monkeypatch.delenv("PORTAL_UPLOAD_MAX_MB")
    assert serve.command([])[serve.command([]).index("--server.maxUploadSize") + 1] == "20"


def test_the_widget_accepts_exactly_the_types_the_server_accepts():
    assert set(documents.upload_types()) == {"pdf", "png", "jpg", "jpeg", "jpe", "jfif", "tif", "tiff", "webp", "bmp"}
    assert documents.upload_types_shown() == "PDF、PNG、JPEG、TIFF、WebP、BMP"


def test_no_fixed_upload_size_is_left_in_the_streamlit_config():
    from pathlib import Path
    config = (Path(serve.APP).parent / ".streamlit" / "config.toml").read_text(encoding="utf-8")
    assert "maxUploadSize =" not in config
