"""innov-desktop: offline records, pipeline, events and HQ sync for national innovation centers."""

__version__ = "0.1.0"
APP_NAME = "innov-desktop"
