"""Plain values and rules. Imports nothing of the application's other layers, no Qt, no SQLAlchemy.

Pure-data libraries (country and phone-number tables) are used behind one wrapper module each
(`countries`, `phones`) so that they can be swapped without touching the rules.
"""
