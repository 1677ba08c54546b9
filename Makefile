# Two commands do all setup on a fresh machine: `make run` and `make test`.
PY ?= python3.11
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
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[test,cluster]'
	touch $@

venv: $(BIN)/.installed

test: system venv
	$(BIN)/python -m pytest

run: system venv
	$(BIN)/portal init
	$(BIN)/portal demo --if-empty
	$(BIN)/streamlit run streamlit_app.py --server.headless true --browser.gatherUsageStats false

bench: system venv
	for b in bench/*.py; do $(BIN)/python -P $$b || exit 1; done

clean:
	rm -rf $(VENV) var .pytest_cache
