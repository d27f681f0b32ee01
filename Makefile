# Builds and installs sdgen: a release binary with the Swift runtime linked in (it then needs only libyaml
# and the C/C++ runtime), its bash, zsh and fish completions, and its man page.
#
#   make install [PREFIX=/usr/local] [DESTDIR=...]
#   make uninstall [PREFIX=/usr/local] [DESTDIR=...]

PREFIX ?= /usr/local
DESTDIR ?=
SWIFT ?= swift

BINDIR := $(DESTDIR)$(PREFIX)/bin
MANDIR := $(DESTDIR)$(PREFIX)/share/man/man1
BASHDIR := $(DESTDIR)$(PREFIX)/share/bash-completion/completions
ZSHDIR := $(DESTDIR)$(PREFIX)/share/zsh/site-functions
FISHDIR := $(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d

RELEASE := .build/release
DIST := .build/dist

.PHONY: all build completions man install uninstall clean-dist

all: build completions man

build:
	$(SWIFT) build -c release --static-swift-stdlib --product sdgen

completions: build
	mkdir -p $(DIST)/completions
	$(RELEASE)/sdgen --generate-completion-script bash > $(DIST)/completions/sdgen.bash
	$(RELEASE)/sdgen --generate-completion-script zsh > $(DIST)/completions/_sdgen
	$(RELEASE)/sdgen --generate-completion-script fish > $(DIST)/completions/sdgen.fish

# swift-argument-parser's manual generator, run directly on the built binary (the generate-manual plugin
# would rebuild every product without --static-swift-stdlib).
man: build
	$(SWIFT) build -c release --product generate-manual
	mkdir -p $(DIST)/man
	$(RELEASE)/generate-manual $(RELEASE)/sdgen --output-directory $(DIST)/man --section 1 \
	  --authors "the sdgen authors" \
	  --date "$$(git log -1 --format=%cs 2>/dev/null || date +%F)"

install: all
	install -d $(BINDIR) $(MANDIR) $(BASHDIR) $(ZSHDIR) $(FISHDIR)
	install -m 755 $(RELEASE)/sdgen $(BINDIR)/sdgen
	install -m 644 $(DIST)/man/sdgen.1 $(MANDIR)/sdgen.1
	install -m 644 $(DIST)/completions/sdgen.bash $(BASHDIR)/sdgen
	install -m 644 $(DIST)/completions/_sdgen $(ZSHDIR)/_sdgen
	install -m 644 $(DIST)/completions/sdgen.fish $(FISHDIR)/sdgen.fish

uninstall:
	rm -f $(BINDIR)/sdgen $(MANDIR)/sdgen.1 $(BASHDIR)/sdgen $(ZSHDIR)/_sdgen $(FISHDIR)/sdgen.fish

clean-dist:
	rm -rf $(DIST)
