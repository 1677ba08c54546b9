"""`portal worker --ray HEAD:PORT [--num-cpus N]`: add this machine's cores to the portal's Ray
cluster (the head runs on the portal's machine); runs until stopped with Ctrl+C. Opens no database."""
from __future__ import annotations


def register(sub) -> None:
    p = sub.add_parser("worker", help="把本机的 CPU 加入门户的 Ray 集群（前台运行，Ctrl+C 退出）")
    p.add_argument("--ray", required=True, metavar="ADDRESS", help="Ray 头节点地址，如 10.0.0.5:6379")
    p.add_argument("--num-cpus", type=int, default=None, help="加入的 CPU 数（默认：全部核心）")
    p.set_defaults(func=run)


def run(args) -> int:
    from portal.services import processing
    status = processing.join_cluster(args.ray, args.num_cpus)
    print(f"本机已退出 Ray 集群 {args.ray}" if status == 0 else f"error: ray start 退出码 {status}")
    return status
