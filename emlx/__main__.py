"""`python -m emlx` = the `emlx` command."""

from emlx.cli import main

main()
