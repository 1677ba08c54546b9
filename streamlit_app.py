"""Entry point of the Streamlit portal: wires pages by role, nothing else."""
import streamlit as st

st.set_page_config(page_title="考后人工核查", page_icon="📋", layout="wide")
st.title("专业技术人员职业资格考试 考后人工核查")
st.write("门户正在建设中：资格条件规则、材料核查与审核流程将陆续上线。")
