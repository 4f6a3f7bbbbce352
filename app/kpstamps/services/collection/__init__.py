"""The collector's own data: holdings, the want list, catalogue values and statistics."""
