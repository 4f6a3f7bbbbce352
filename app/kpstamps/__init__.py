"""KP Stamps: a desktop catalogue for collectors of DPRK stamps."""

__version__ = "0.1.0"
APP_NAME = "KP Stamps"
