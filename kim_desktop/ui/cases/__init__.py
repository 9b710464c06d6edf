"""The "Fälle" area and the dialogs that change a case."""
