"""Item models over the services: ids in SQL order, rows fetched as they are drawn."""
