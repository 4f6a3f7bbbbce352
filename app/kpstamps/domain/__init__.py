"""Plain types and rules of DPRK philately. Imports nothing else of the app."""
