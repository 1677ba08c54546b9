# Two commands do all setup on a fresh machine: `make run` and `make test`.
# Any Python 3.11 or newer found on the machine (newest first); `make run PY=/path/to/python` to choose.
PY ?= $(shell for p in python3.14 python3.13 python3.12 python3.11 python3 python; do \
  command -v $$p >/dev/null 2>&1 && $$p -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null \
  && { command -v $$p; break; }; done)
PORT ?= 8501
ADDRESS ?= 127.0.0.1
VENV := .venv
BIN := $(VENV)/bin
PORTAL_HOME ?= $(CURDIR)/var
export PORTAL_HOME
APT_PACKAGES := tesseract-ocr tesseract-ocr-chi-sim fonts-noto-cjk fonts-wqy-microhei chromium

.PHONY: run test system venv bench clean

system:
	@missing=""; for p in $(APT_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "installing system packages:$$missing"; \
	  SUDO=""; [ "$$(id -u)" = 0 ] || SUDO=sudo; \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $$missing; \
	fi

$(BIN)/.installed: pyproject.toml
	@if [ -z "$(PY)" ]; then echo "未找到 Python 3.11 或更高版本：请先安装，或用 make run PY=/path/to/python 指定"; exit 1; fi
	@echo "==> [1/3] 创建虚拟环境 $(VENV)（$$($(PY) --version)）"
	@test -x $(BIN)/python || $(PY) -m venv $(VENV)
	@echo "==> [2/3] 更新 pip"
	@$(BIN)/pip install --quiet --disable-pip-version-check --upgrade pip
	@echo "==> [3/3] 安装本项目及其依赖（首次约需 1–2 分钟，下方逐个显示）"
	@$(BIN)/pip install --disable-pip-version-check --progress-bar on -e '.[test,cluster]' 2>&1 \
	  | grep --line-buffered -E '^(Collecting|Installing|Successfully|ERROR)' || true
	@$(BIN)/python -c 'import portal, streamlit' || { echo "安装未完成，请查看上面的错误"; exit 1; }
	@touch $@
	@echo "==> 安装完成"

venv: $(BIN)/.installed

test: system venv
	$(BIN)/python -m pytest --durations=25

run: system venv
	$(BIN)/portal init
	$(BIN)/portal demo --if-empty
	@echo "==> 门户已启动：http://$(ADDRESS):$(PORT)（按 Ctrl+C 停止）"
	$(BIN)/python -m portal.serve --server.headless true --browser.gatherUsageStats false --server.port $(PORT) --server.address $(ADDRESS)

bench: system venv
	for b in bench/*.py; do $(BIN)/python -P $$b || exit 1; done

clean:
	rm -rf $(VENV) var .pytest_cache
