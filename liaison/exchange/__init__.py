"""Excel exchange: importing colleagues' sheets and exporting overviews."""
