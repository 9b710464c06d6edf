"""Start KIM Desktop (the same as the ``kim-desktop`` command)."""

from kim_desktop.app import main

raise SystemExit(main())
