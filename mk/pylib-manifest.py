# The Python modules frozen into the binary: every .py file in src/pylib
# (PORT_DIR), compiled with the mpy-cross built from the same source.
freeze("$(PORT_DIR)")
