"""``python -m resolution_cli``."""

from resolution_cli.cli import main

if __name__ == "__main__":
    main()
