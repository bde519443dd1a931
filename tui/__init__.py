"""newsline's people side: the command line and the Textual app."""
