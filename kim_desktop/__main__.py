"""``python -m kim_desktop`` runs the administration CLI."""

from kim_desktop.cli import main

raise SystemExit(main())
