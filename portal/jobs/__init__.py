"""Document reading off the web process: the durable job queue (`queue`), the dispatcher that
hands jobs to workers and writes their results (`dispatcher`), the local worker pool under memory
and time limits (`pool`, `worker`), the work itself (`work`) and the Ray path (`ray_pool`)."""
