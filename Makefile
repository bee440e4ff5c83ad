# plone-scrqm: the two commands a newcomer needs are `make start` and `make test`.
SHELL := /bin/bash
.DEFAULT_GOAL := help

PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
PORT ?= 8080
# The demo listens on this machine only; HOST=0.0.0.0 serves it to the network (never with
# the demo's passwords).
HOST ?= 127.0.0.1
INSTANCE ?= instance
PIP_QUIET := 2>&1 | { grep -v "is ignored" || true; }

.PHONY: help
help: ## Show the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*## "}; {printf "  %-14s %s\n", $$1, $$2}'

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

# WeasyPrint (the assessment report as PDF) needs Pango from the operating system.
FONTS_HELP := letters in Panjabi, Urdu, Arabic, Bengali and Gujarati print with boxes until the Noto fonts are installed: sudo apt-get install fonts-noto-core
PANGO_HELP := WeasyPrint needs the Pango libraries. On Debian or Ubuntu: sudo apt-get install libpango-1.0-0 libpangoft2-1.0-0 fonts-dejavu-core

# As root on Debian/Ubuntu (CI, a fresh machine) the libraries are installed; otherwise a
# warning says how, and everything but the PDF report works without them.
.PHONY: check-pango
check-pango:
	@if command -v ldconfig >/dev/null && ! ldconfig -p | grep -q libpango-1.0; then \
		if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
			apt-get update -qq && apt-get install -y -qq --no-install-recommends \
				libpango-1.0-0 libpangoft2-1.0-0 fonts-dejavu-core; \
		else echo "Warning: $(PANGO_HELP). Until then the PDF report is unavailable."; fi; \
	fi
	@# Letters to families in Panjabi, Urdu, Arabic, Bengali and Gujarati need the Noto fonts.
	@if command -v fc-list >/dev/null && ! fc-list | grep -q "Noto Nastaliq Urdu"; then \
		if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
			apt-get update -qq && apt-get install -y -qq --no-install-recommends fonts-noto-core; \
		else echo "Warning: $(FONTS_HELP)"; fi; \
	fi

# The browser tests (tests/browser) drive Debian's chromium with Playwright; Playwright's own
# browser download does not work everywhere. As root on Debian/Ubuntu chromium is installed;
# otherwise the browser tests are skipped, saying why.
CHROMIUM_HELP := The browser tests need chromium. On Debian or Ubuntu: sudo apt-get install --no-install-recommends chromium

.PHONY: check-chromium
check-chromium:
	@if ! command -v chromium >/dev/null; then \
		if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
			apt-get update -qq && apt-get install -y -qq --no-install-recommends chromium; \
		else echo "Warning: $(CHROMIUM_HELP). Until then the browser tests are skipped."; fi; \
	fi

$(VENV)/.installed: $(BIN)/python setup.py constraints.txt | check-pango
	set -o pipefail; $(BIN)/pip install --quiet --upgrade -c constraints.txt pip setuptools wheel $(PIP_QUIET)
	set -o pipefail; $(BIN)/pip install --quiet -c constraints.txt -e ".[test,dev,volto]" $(PIP_QUIET)
	$(BIN)/python -c "import plone_scrqm, Products.CMFPlone"
	touch $@

.PHONY: install
install: $(VENV)/.installed ## Create the virtual environment and install the add-on with Plone

.PHONY: instance
instance: install ## Write the Zope instance configuration (embedded ZODB) for PORT
	$(BIN)/python scripts/make_instance.py --instance $(INSTANCE) --host $(HOST) --port $(PORT)

.PHONY: site
site: instance ## Create (or keep) the demo site "Plone" with the add-on and sample reviews
	$(BIN)/zconsole run $(INSTANCE)/etc/zope.conf scripts/create_demo_site.py

.PHONY: start
start: ## Install, create the demo site and serve it on http://localhost:PORT (default 8080)
	@if [ ! -f $(VENV)/.installed ] || [ ! -f $(INSTANCE)/var/filestorage/Data.fs ]; then \
		echo "First run: installing Plone and creating the demo site takes a few minutes (about 5 on 2 cores); later runs start in seconds."; \
	fi
	@$(MAKE) --no-print-directory site
	@echo "Serving http://localhost:$(PORT)/Plone on $(HOST) (user admin; local trial only)"
	$(BIN)/runwsgi $(INSTANCE)/etc/zope.ini

# The cron targets call the running instance: its port is read from the instance's
# configuration (written by `make start PORT=...`), unless PORT= or SITE_URL= is given.
INSTANCE_PORT := $(shell sed -n 's/^listen = .*:\([0-9]*\)$$/\1/p' $(INSTANCE)/etc/zope.ini 2>/dev/null | head -n 1)
ifeq ($(origin PORT),file)
CRON_PORT := $(or $(INSTANCE_PORT),$(PORT))
else
CRON_PORT := $(PORT)
endif
SITE_URL ?= http://localhost:$(CRON_PORT)/Plone
CLOCK_USER ?= admin

.PHONY: publish-due
publish-due: ## Publish approved reports and responses whose date has come (daily, from cron)
	@curl -fsS -X POST -u "$(CLOCK_USER):$${CLOCK_PASSWORD:-$${ADMIN_PASSWORD:-admin}}" \
		"$(SITE_URL)/@@scr-publication-clock"

.PHONY: send-notices
send-notices: ## Email action leads (due soon, overdue) and the monthly digest (daily, from cron)
	@curl -fsS -X POST -u "$(CLOCK_USER):$${CLOCK_PASSWORD:-$${ADMIN_PASSWORD:-admin}}" \
		"$(SITE_URL)/@@scr-action-notices"
.PHONY: refresh-clocks
refresh-clocks: ## Index every review's clocks again after the timescales change (not daily)
	@curl -fsS -X POST -u "$(CLOCK_USER):$${CLOCK_PASSWORD:-$${ADMIN_PASSWORD:-admin}}" \
		"$(SITE_URL)/@@scr-refresh-clocks"

.PHONY: audit-cleanup
audit-cleanup: ## Remove audit entries older than the retention period (daily, from cron)
	@curl -fsS -X POST -u "$(CLOCK_USER):$${CLOCK_PASSWORD:-$${ADMIN_PASSWORD:-admin}}" \
		"$(SITE_URL)/@@scr-audit-cleanup"

.PHONY: start-zeo
start-zeo: install ## A ZEO server and two instances sharing it (PORT, PORT2, ZEO_PORT), with the demo site
	BIN=$(BIN) HOST=$(HOST) PORT=$(PORT) bash scripts/start-zeo.sh

.PHONY: test
test: install check-chromium ## Run the whole test suite
	$(BIN)/pytest $(PYTEST_ARGS)

# The clock, dashboard and phase suites at frozen dates: a Wednesday, a Sunday, a bank holiday
# Monday (Boxing Day's substitute), the year's end and 29 February (PLONE_SCRQM_TODAY).
TEST_DATES ?= 2026-11-25 2026-11-29 2026-12-28 2026-12-31 2028-02-29
DATE_SUITES ?= tests/unit/test_timescales.py tests/unit/test_working_days.py \
	tests/integration/test_dashboard.py tests/integration/test_review_phases.py \
	tests/integration/test_parallel_processes.py tests/integration/test_publication.py \
	tests/integration/test_demo_site.py tests/functional/test_rest.py \
	tests/unit/test_incident_rules.py tests/unit/test_correspondence_rules.py \
	tests/integration/test_incidents.py tests/integration/test_incidents_correspondence.py

.PHONY: test-dates
test-dates: install ## Run the clock, dashboard and phase suites at each of TEST_DATES
	@for day in $(TEST_DATES); do \
		echo "== today is $$day"; \
		PLONE_SCRQM_TODAY=$$day $(BIN)/pytest -q -p no:randomly $(DATE_SUITES) || exit 1; \
	done

.PHONY: test-scale
test-scale: install ## Several instances on ZEO and a crash during writes (real servers, ~2 minutes)
	$(BIN)/pytest tests/scale -m scale $(PYTEST_ARGS)

BENCH_INSTANCE ?= var/bench-instance

.PHONY: bench
bench: install ## Benchmark the listings against Plone's own baseline (N=100 and 1,000); writes docs/benchmarks.md
	$(BIN)/python scripts/make_instance.py --instance $(BENCH_INSTANCE) --host 127.0.0.1 --port 0
	$(BIN)/zconsole run $(BENCH_INSTANCE)/etc/zope.conf scripts/bench.py
.PHONY: test-browser
test-browser: install check-chromium ## Run only the real-browser journeys and accessibility checks
	$(BIN)/pytest tests/browser $(PYTEST_ARGS)

# --- The Volto frontend (frontend/: the volto-scrqm add-on in a Volto 18 project) -------------
# Node 20 or 22 and npm are needed; pnpm (pinned) is installed into frontend/.tools by npm.
FRONTEND := frontend
PNPM_VERSION := 9.15.9
PNPM := $(CURDIR)/$(FRONTEND)/.tools/node_modules/.bin/pnpm
VOLTO_PORT ?= 3000
VOLTO_BACKEND_PORT ?= 8082
VOLTO_INSTANCE ?= instance-volto
FRONTEND_SOURCES := $(shell find $(FRONTEND)/src $(FRONTEND)/packages/volto-scrqm/src $(FRONTEND)/theme -type f 2>/dev/null) $(shell find $(FRONTEND)/locales $(FRONTEND)/packages/volto-scrqm/locales -name '*.po' 2>/dev/null)

$(PNPM):
	cd $(FRONTEND) && npm install --prefix .tools --no-save --no-audit --no-fund --loglevel=error pnpm@$(PNPM_VERSION)

$(FRONTEND)/node_modules/.installed: $(PNPM) $(FRONTEND)/package.json $(FRONTEND)/pnpm-lock.yaml $(FRONTEND)/packages/volto-scrqm/package.json
	cd $(FRONTEND) && $(PNPM) install --frozen-lockfile
	touch $@

.PHONY: frontend-install
frontend-install: $(FRONTEND)/node_modules/.installed ## Install the Volto frontend (pnpm, pinned by frontend/pnpm-lock.yaml)

# The build compiles locales/<lang>.json (Volto's, the add-on's and the project's
# catalogues) for each language of the project's locales/<lang>/LC_MESSAGES/volto.po.
$(FRONTEND)/build/server.js: $(FRONTEND)/node_modules/.installed $(FRONTEND_SOURCES) $(FRONTEND)/volto.config.js
	cd $(FRONTEND) && $(PNPM) build

.PHONY: frontend-build
frontend-build: $(FRONTEND)/build/server.js ## Build Volto with the volto-scrqm add-on (production bundle)

.PHONY: test-frontend
test-frontend: install check-chromium frontend-build ## Jest tests of the add-on, then browser journeys against a built Volto and a test backend
	cd $(FRONTEND) && CI=true $(PNPM) test
	cd $(FRONTEND) && PYTHON_BIN=$(CURDIR)/$(BIN) $(PNPM) test:browser

.PHONY: start-volto
start-volto: install frontend-build ## A Volto-ready demo site (own instance, with plone.volto) on VOLTO_BACKEND_PORT, Volto on VOLTO_PORT
	BIN=$(BIN) HOST=$(HOST) VOLTO_PORT=$(VOLTO_PORT) VOLTO_BACKEND_PORT=$(VOLTO_BACKEND_PORT) \
		VOLTO_INSTANCE=$(VOLTO_INSTANCE) bash scripts/start-volto.sh

.PHONY: lint
lint: install ## Check code style (ruff) and ZCML/XML formatting (zpretty)
	$(BIN)/ruff check src tests scripts demo setup.py
	$(BIN)/ruff format --check src tests scripts demo setup.py
	find src profiles workflows -name '*.zcml' -o -name '*.xml' | xargs $(BIN)/zpretty --check

.PHONY: format
format: install ## Rewrite code and ZCML/XML in the project's style
	$(BIN)/ruff check --fix src tests scripts demo setup.py
	$(BIN)/ruff format src tests scripts demo setup.py
	find src profiles workflows -name '*.zcml' -o -name '*.xml' | xargs $(BIN)/zpretty -i

.PHONY: i18n
i18n: install ## Extract translatable strings into locales/plone_scrqm.pot and sync the .po files
	$(BIN)/python scripts/i18n.py

.PHONY: markers
markers: ## Regenerate the marker catalogue data file from the SCIE/NSPCC source text (SEED=path)
	$(PYTHON) scripts/extract_markers.py --seed $(SEED)

.PHONY: buildout-versions
buildout-versions: ## Regenerate versions.cfg (buildout) from constraints.txt
	$(PYTHON) scripts/constraints_to_versions.py constraints.txt versions.cfg

.PHONY: clean
clean: ## Remove the virtual environment and build files (keeps the instance's data)
	rm -rf $(VENV) build dist src/*.egg-info .pytest_cache
