"""``python -m desktop`` starts the desk."""

from desktop.app import main

raise SystemExit(main())
