"""One module per `errand` sub-command group; each exposes `register(subparsers)`."""
