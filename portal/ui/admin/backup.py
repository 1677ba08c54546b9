"""备份与恢复: back up the database and uploaded files together; check backups; restore with the
portal stopped (the database cannot be swapped under running sessions)."""
import re

import pandas as pd
import streamlit as st

from portal.services.views import backup as backup_view
from portal.ui import session
from portal.ui.common import attempt, db
from portal.ui.export import export_button


def _ids(keys: str) -> str:
    """Key fingerprints (hex) set as code: identifiers to compare, not words."""
    return re.sub(r"([0-9a-f]{4,}…?)", r"`\1`", keys)


who = session.require("admin")
st.header("备份与恢复")
st.caption("备份包含数据库和全部上传文件，保存在数据目录下的 `backups` 目录中。备份不含任何密钥：恢复时本机须持有备份时的"
           "审计密钥和检查点签名密钥，请用 `portal keys export 文件路径` 把密钥加密导出、与备份分开保管，"
           "恢复前用 `portal keys import 文件路径` 导入。")
held = attempt(backup_view.home_keys, db(), who)
if held:
    st.info(f"本机当前密钥：{_ids(held)}")
if st.button("立即备份", type="primary", key="bk_create"):
    with st.spinner("正在备份……"):
        done = attempt(backup_view.create_backup, db(), who)
    if done:
        st.success(f"备份完成：{done['path']}（{done['files']} 个文件，数据库结构版本 {done['schema']}）。"
                   f"恢复需要的密钥（不在备份中）：{_ids(done['keys'])}")
found = attempt(backup_view.list_backups, db(), who)
if found is None:
    st.stop()
if not found:
    st.info("还没有备份。")
    st.stop()
backups = pd.DataFrame([{"备份": b["name"], "状态": b["state"], "大小(MB)": b["size_mb"], "恢复所需密钥": b["keys"]}
                        for b in found])
st.dataframe(backups, hide_index=True, width="stretch", key="bk_table")
export_button(who, backups, "备份列表", key="bk_export")
names = [b["name"] for b in found]
name = st.selectbox("选择备份", names, key="bk_pick", placeholder="请选择")
chosen = next(b for b in found if b["name"] == name)
st.download_button("下载该备份（ZIP）", lambda: backup_view.zip_backup(db(), who, name), file_name=f"portal-backup-{name}.zip",
                   mime="application/zip", key="bk_download", on_click="ignore")
st.subheader("恢复")
if chosen["state"] != "完整可用":
    st.error(f"该备份不能用于恢复：{chosen['state']}")
else:
    st.warning("恢复会用该备份替换当前全部数据（当前数据会保留在数据目录旁）。为避免正在使用的会话写入一半，"
               "恢复须在停止门户后进行：")
    st.code(f"portal restore {chosen['path']}\nmake run", language="bash")
