"""Spreadsheets in and out (reading, column mapping, validation report, writing) and PDF.

The layer is declared now so that the import contracts cover it from the start; the spreadsheet
import and export issue fills it."""
