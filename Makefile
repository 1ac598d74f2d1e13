# hipaa-scan — `make demo` runs a scan of a built-in demo account; `make test` runs every test.
PYTHON ?= python3
VENV   ?= .venv
PY     := $(VENV)/bin/python
PIP    := $(VENV)/bin/pip
# Debian packages the tests need (real peers: sshd, headless Chromium, openssl, PostgreSQL with
# pgaudit and MariaDB for the database collectors; pgaudit's package is per major: Debian 12 ships 15).
APT_PACKAGES := openssh-server openssl chromium chromium-driver postgresql postgresql-15-pgaudit mariadb-server mariadb-client
EXTRAS := all,test,demo

.PHONY: demo test lint venv deps-system clean bench

# OPA's Go engine (v1.20) as a C library with a ctypes wrapper: every Rego test and the engine
# equivalence tests run under it as well as under regorus. Its metadata asks for Python >= 3.14
# although it runs on 3.11, so it is its own install step, not a dependency.
OPA_BINDINGS := opa-golib-python-bindings==0.4.4

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PIP) install --quiet --upgrade pip
	$(PIP) install --quiet -e ".[$(EXTRAS)]"
	$(PIP) install --quiet --ignore-requires-python $(OPA_BINDINGS)
	touch $@

venv: $(VENV)/.installed

deps-system:
	@missing=""; for p in $(APT_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi; \
	  echo "installing Debian packages:$$missing"; \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $$missing >/dev/null; \
	fi

demo: venv
	$(PY) -m demo --out demo-out

# ruff (rule set in pyproject.toml) and mypy, both with zero findings. mypy reads the installed
# layout (hipaa_scan.scanner, ...) through a tree of links, since the folders map to one namespace.
TYPECHECK := build/typecheck
lint: venv
	$(VENV)/bin/ruff check .
	rm -rf $(TYPECHECK) && mkdir -p $(TYPECHECK)/hipaa_scan
	for f in __init__.py __main__.py; do ln -s $(CURDIR)/hipaa_scan/$$f $(TYPECHECK)/hipaa_scan/$$f; done
	for d in scanner collectors reports policies; do ln -s $(CURDIR)/$$d $(TYPECHECK)/hipaa_scan/$$d; done
	cd $(TYPECHECK) && $(abspath $(VENV))/bin/mypy -p hipaa_scan

test: venv deps-system lint
	$(PY) -m pytest -n 2 -q

bench: venv
	$(PY) bench/evaluate.py

clean:
	rm -rf demo-out hipaa-out build dist *.egg-info
