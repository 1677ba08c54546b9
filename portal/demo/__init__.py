"""The demo: two cities, staff and a dozen candidates whose stories cover each review outcome, with generated scans."""
