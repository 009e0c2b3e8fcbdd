try:
    from chronology.cli import main
except KeyboardInterrupt:  # Ctrl-C while Python is still loading us: no traceback either
    raise SystemExit(130) from None

raise SystemExit(main())
