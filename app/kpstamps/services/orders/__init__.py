"""Orders to the Korea Stamp Corporation or an agent: lines, numbers, status, receiving."""
