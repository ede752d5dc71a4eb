"""Trust: backups, integrity on open, retries, record history and privacy (AVG) tools."""
