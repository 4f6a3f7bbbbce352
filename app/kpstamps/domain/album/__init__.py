"""Album pages: item geometry (size and shape) and the page layout engine (no Qt, in mm)."""
