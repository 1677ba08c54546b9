"""A case from draft to decision: the candidate's submission (`submission`), check rounds and their
windows (`rounds`), the city review queues (`queue`), the reviewer's decisions (`decisions`), the
administrator's operations (`admin`: rollback, transfer, reassign; `reopen`), the automatic check on
submission and its store (`analysis`, `analysis_store`), and `lifecycle`, which applies the pure state
machine of `portal.domain.case` inside the caller's transaction."""
