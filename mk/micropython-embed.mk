# micropython-embed.mk — generates MicroPython's embed package for our
# configuration: the core sources, the generated headers (qstrs, module
# table, root pointers), the extmod modules we enable and what they include.
#
# Run by the top Makefile in a scratch folder holding our mpconfigport.h:
#   make -f mk/micropython-embed.mk MICROPYTHON_TOP=... PACKAGE_DIR=... PORT_SRC=...
# PORT_SRC lists our own C files that use qstrs or define objects MicroPython
# must know about (src/vm/*.c): they are scanned with the MicroPython sources.

# The extmod modules compiled in. Each must be scanned for qstrs here, before
# embed.mk is included: otherwise the build succeeds and the module silently
# does not exist.
EXTMOD_MODULES = modbinascii moddeflate modhashlib modheapq modjson modrandom modre modtime
SRC_QSTR += $(addprefix extmod/,$(addsuffix .c,$(EXTMOD_MODULES))) $(PORT_SRC)

# Our headers (vm_time.h, included by extmod/modtime.c) for the qstr scan.
CFLAGS += $(PORT_CFLAGS)

include $(MICROPYTHON_TOP)/ports/embed/embed.mk

# Libraries the extmod modules include by path (they #include the .c files).
EXTMOD_LIBS = lib/re1.5 lib/uzlib lib/crypto-algorithms shared/timeutils

.PHONY: package
package: micropython-embed-package
	$(ECHO) "- extmod modules and their libraries"
	$(Q)$(CP) $(addprefix $(TOP)/extmod/,$(addsuffix .c,$(EXTMOD_MODULES))) $(TOP)/extmod/modtime.h $(PACKAGE_DIR)/extmod
	$(Q)for d in $(EXTMOD_LIBS); do $(MKDIR) -p $(PACKAGE_DIR)/$$d && $(CP) $(TOP)/$$d/*.[ch] $(PACKAGE_DIR)/$$d; done
