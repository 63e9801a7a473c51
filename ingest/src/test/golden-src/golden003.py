#!/usr/bin/env python3
"""Writes golden/003_fb039c7f287ddd42.json. Every value below was typed from the document by hand, except the
long prose (duties, section texts, glossary definitions, analysis texts), which is copied from the document's own
lines by line number (see 003_fb039c7f287ddd42.notes.md). The reader is not used. Run from the repository root:
    python3 ingest/src/test/golden-src/golden003.py
"""
import json, re, sys, os
sys.path.insert(0, os.path.dirname(__file__))
from golden003_tables import tables_json

SEED = "ingest/src/test/resources/seeds/003_fb039c7f287ddd42.txt"
LINES = open(SEED, encoding="utf-8").read().split("\n")

def text(first, last, drop=()):
    """The document's lines first..last (1-based, inclusive) joined without whitespace."""
    out = []
    for n in range(first, last + 1):
        if n in drop:
            continue
        out.append(re.sub(r"[\s\u3000]+", "", LINES[n - 1]))
    return "".join(out)

# --- overview (lines 3-137) ---
duty_text = text(5, 190)
duties = [d for d in re.split(r"[（(][一二三四五六七八九十]+[）)]", duty_text) if d]
overview = {
    "duties": [d for d in duties],
    "organisation": text(194, 201),
    "internalOffices": ["综合股", "秘书股", "会务股", "督查股", "金融工作股"],
    "subordinateUnits": ["政府信息中心", "金融服务中心"],
}

# --- narrative sections (第三部分, lines 1171-1384); 二 and 三 are printed twice, kept once ---
sections = [
    {"number": "一", "title": "收入支出决算总体情况说明", "text": text(1172, 1180)},
    {"number": "二", "title": "收入决算情况说明", "text": text(1182, 1196)},
    {"number": "三", "title": "支出决算情况说明", "text": text(1198, 1210) + text(1240, 1263)},
    {"number": "六", "title": "一般公共预算财政拨款基本支出决算情况说明", "text": text(1265, 1283)},
    {"number": "七", "title": "政府性基金预算财政拨款收支决算情况说明", "text": text(1285, 1287)},
    {"number": "八", "title": "国有资本经营预算财政拨款支出决算情况说明", "text": text(1289, 1291)},
    {"number": "九", "title": "财政拨款“三公”经费支出决算情况说明", "text": text(1293, 1332)},
    {"number": "十", "title": "其他重要事项情况说明", "text": text(1334, 1384)},
]

# --- facts: (section, kind, core subject, value, unit), in document order, typed from the text ---
A, S, C, R, N = "AMOUNT", "SHARE", "CHANGE", "CHANGE_RATE", "COUNT"
F = [
 ("一",A,"收入总计","1441.24","万元"),("一",A,"支出总计","1441.24","万元"),
 ("一",C,"收入总计","-1517.12","万元"),("一",R,"收入总计","-51.28","%"),
 ("一",C,"支出总计","-1517.12","万元"),("一",R,"支出总计","-51.28","%"),
 ("二",A,"收入合计","1441.24","万元"),("二",A,"财政拨款收入","1441.24","万元"),("二",S,"财政拨款收入","100.00","%"),
 ("二",A,"上级补助收入","0","万元"),("二",S,"上级补助收入","0","%"),("二",A,"事业收入","0","万元"),("二",S,"事业收入","0","%"),
 ("二",A,"经营收入","0","万元"),("二",S,"经营收入","0","%"),("二",A,"附属单位上缴收入","0","万元"),
 ("二",S,"附属单位上缴收入","0","%"),("二",A,"其他收入","0","万元"),("二",S,"其他收入","0","%"),
 ("三",A,"支出合计","1441.24","万元"),("三",A,"基本支出","301.45","万元"),("三",S,"基本支出","20.92","%"),
 ("三",A,"项目支出","1139.80","万元"),("三",S,"项目支出","79.08","%"),("三",A,"上缴上级支出","0","万元"),
 ("三",S,"上缴上级支出","0","%"),("三",A,"经营支出","0","万元"),("三",S,"经营支出","0","%"),
 ("三",A,"对附属单位补助支出","0","万元"),("三",S,"对附属单位补助支出","0","%"),
 ("三(三)",A,"年初预算","1407.72","万元"),("三(三)",A,"支出决算","1441.24","万元"),("三(三)",S,"支出决算","102.38","%"),
 ("三(三)",A,"一般公共服务支出","434.88","万元"),("三(三)",S,"一般公共服务支出","30.17","%"),
 ("三(三)",C,"一般公共服务支出","-44.26","万元"),("三(三)",R,"一般公共服务支出","-9.24","%"),
 ("三(三)",A,"社会保障和就业支出","40.36","万元"),("三(三)",S,"社会保障和就业支出","2.80","%"),
 ("三(三)",C,"社会保障和就业支出","9.17","万元"),("三(三)",R,"社会保障和就业支出","29.4","%"),
 ("三(三)",A,"卫生健康支出","12.61","万元"),("三(三)",S,"卫生健康支出","0.87","%"),
 ("三(三)",C,"卫生健康支出","1.16","万元"),("三(三)",R,"卫生健康支出","10.13","%"),
 ("三(三)",A,"住房保障支出","21.69","万元"),("三(三)",S,"住房保障支出","1.51","%"),
 ("三(三)",C,"住房保障支出","1.59","万元"),("三(三)",R,"住房保障支出","7.91","%"),
 ("六",A,"基本支出","301.45","万元"),("六",A,"人员经费","283.47","万元"),("六",A,"公用经费","17.98","万元"),
 ("九(一)",A,"全年预算","0","万元"),("九(一)",A,"支出决算","0","万元"),("九(一)",S,"支出决算","0","%"),
 ("九(一)",C,"三公","-0.74","万元"),("九(一)",R,"三公","-100","%"),
 ("九(一)",A,"因公出国（境）费支出","0","万元"),("九(一)",S,"因公出国（境）费支出","0","%"),
 ("九(一)",A,"公务用车购置费支出","0","万元"),("九(一)",S,"公务用车购置费支出","0","%"),
 ("九(一)",A,"公务用车运行维护费支出","0","万元"),("九(一)",S,"公务用车运行维护费支出","0","%"),
 ("九(一)",C,"公务用车运行维护费支出","-0.74","万元"),("九(一)",R,"公务用车运行维护费支出","-100","%"),
 ("九(一)",A,"公务接待费支出","0","万元"),("九(一)",S,"公务接待费支出","0","%"),
 ("九(二)",A,"因公出国（境）费支出","0","万元"),("九(二)",N,"出国团组","0","个"),("九(二)",N,"","0","人"),
 ("九(二)",A,"公务用车购置支出","0","万元"),("九(二)",N,"购置公务用车","0","辆"),
 ("九(二)",A,"公务用车运行维护费支出","0","万元"),("九(二)",N,"公务用车保有量","0","辆"),
 ("九(二)",A,"公务接待费支出","0","万元"),("九(二)",N,"","0","人"),
 ("九(二)",A,"国内接待费","0","万元"),("九(二)",N,"","0","人"),("九(二)",A,"外事接待费","0","万元"),("九(二)",N,"","0","人"),
 ("九(二)",A,"国（境）外接待费","0","万元"),("九(二)",N,"","0","人"),
 ("十(一)",A,"机关运行经费支出","17.98","万元"),("十(一)",C,"机关运行经费支出","-1.40","万元"),
 ("十(一)",R,"机关运行经费支出","-7.22","%"),
 ("十(二)",A,"政府采购支出总额","10.13","万元"),("十(二)",A,"货物支出","9.38","万元"),("十(二)",A,"工程支出","0","万元"),
 ("十(二)",A,"服务支出","0.75","万元"),("十(二)",A,"中小企业合同金额","0.75","万元"),("十(二)",S,"中小企业合同金额","7.40","%"),
 ("十(二)",A,"小微企业合同金额","0.75","万元"),("十(二)",S,"小微企业合同金额","7.40","%"),
 ("十(三)",N,"车辆","2","辆"),("十(三)",N,"副部（省）级及以上领导用车","0","辆"),("十(三)",N,"主要负责人用车","0","辆"),
 ("十(三)",N,"机要通信用车","0","辆"),("十(三)",N,"应急保障用车","0","辆"),("十(三)",N,"执法执勤用车","0","辆"),
 ("十(三)",N,"特种专业技术用车","0","辆"),("十(三)",N,"离退休干部服务用车","0","辆"),("十(三)",N,"其他用车","2","辆"),
 ("十(三)",N,"设备","0","台（套）"),
 ("十(四)",N,"一级项目绩效自评个数","0","个"),("十(四)",A,"涉及资金","0","元"),
 ("十(四)",N,"","0","个"),("十(四)",N,"","0","个"),("十(四)",N,"","0","个"),("十(四)",N,"","0","个"),
 ("十(四)",N,"二级项目绩效自评个数","7","个"),("十(四)",A,"涉及资金","150.33","万元"),
 ("十(四)",N,"","6","个"),("十(四)",N,"","1","个"),("十(四)",N,"","0","个"),("十(四)",N,"","0","个"),
]
facts = [{"section": s, "kind": k, "subject": sub, "value": v, "unit": u} for s, k, sub, v, u in F]

def change(amount, ch, rate, reason):
    return {"amount": amount, "change": ch, "changeRate": rate, "reason": reason}

def item(budget, actual, rate, ch, chrate, reason):
    return {"budget": budget, "actual": actual, "completionRate": rate, "change": ch, "changeRate": chrate,
            "reason": reason}

def visits(amount, batches, persons):
    return {"amount": amount, "batches": batches, "persons": persons}

final_accounts = {
    "initialBudget": "1407.72", "finalExpenditure": "1441.24", "completionRate": "102.38",
    "classes": [
        {"name": "一般公共服务支出", "amount": "434.88", "share": "30.17",
         "purpose": "我部门干部职工工资发放,专项工作任务及日常办公需要等",
         "change": change("434.88", "-44.26", "-9.24", "本年度信息中心专项业务支出减少")},
        {"name": "社会保障和就业支出", "amount": "40.36", "share": "2.80", "purpose": "养老保险交纳",
         "change": change("40.36", "9.17", "29.4", "人员变动")},
        {"name": "卫生健康支出", "amount": "12.61", "share": "0.87", "purpose": "医疗保险交纳",
         "change": change("12.61", "1.16", "10.13", "人员变动")},
        {"name": "住房保障支出", "amount": "21.69", "share": "1.51", "purpose": "公积金缴纳",
         "change": change("21.69", "1.59", "7.91", "人员变动")},
    ],
    "threePublic": {
        "total": item("0", "0", "0", "-0.74", "-100", "全区严格执行压缩三公经费政策"),
        "abroad": item(None, "0", "0", "0", None, "本单位无因公出国（境）支出"),
        "vehiclePurchase": item(None, "0", "0", "0", None, "单位无公务用车购置费支出"),
        "vehicleOperation": item(None, "0", "0", "-0.74", "-100", "全区严格执行压缩三公经费政策"),
        "reception": item(None, "0", "0", "0", None, "本单位无公务接待费支出"),
        "abroadGroups": visits(None, 0, 0), "vehiclesBought": 0, "vehiclesHeld": 0,
        "receptions": visits("0", 0, 0), "domestic": visits("0", 0, 0), "foreignAffairs": visits("0", 0, 0),
        "overseas": visits("0", 0, 0),
    },
    "operatingCosts": change("17.98", "-1.40", "-7.22", "本部门人员变动，机关运行经费减少"),
    "procurement": {"total": "10.13", "goods": "9.38", "works": "0", "services": "0.75", "smeAmount": "0.75",
                    "smeShare": "7.40", "smallMicroAmount": "0.75", "smallMicroShare": "7.40"},
    "selfEvaluationSummaries": [
        {"year": 2022, "level": "一级项目", "count": 0, "amount": "0", "amountUnit": "元", "excellent": 0,
         "good": 0, "fair": 0, "poor": 0},
        {"year": 2022, "level": "二级项目", "count": 7, "amount": "150.33", "amountUnit": "万元", "excellent": 6,
         "good": 1, "fair": 0, "poor": 0},
    ],
    "repeatedSections": ["二", "三"],
}

# --- self-evaluations (第五部分 附件), typed from the six tables ---
DEPT = "002-长治市屯留区人民政府办公室"
OFFICE = "002001-长治市屯留区人民政府办公室"
CENTRE = "002003-长治市屯留区政府信息中心"

def ind(l1, l2, name, value, adjusted, actual, weight, score, reason=None):
    return {"level1": l1, "level2": l2, "name": name, "value": value, "adjustedValue": adjusted, "actual": actual,
            "weight": weight, "score": score, "deviationReason": reason}

P, B, M = "产出指标", "效益指标", "满意度指标"
SAT = "服务对象满意度指标"
DONE = "达成预期指标"

def evaluation(name, unit, funds, goal, achieved, indicators, total, grade, analysis_lines):
    declared, initial, full, executed, balance, rate, score = funds
    return {"projectName": name, "year": 2023, "department": DEPT, "budgetUnit": unit,
            "declaredBudget": declared, "initialBudget": initial, "fullYearBudget": full, "executed": executed,
            "balance": balance, "executionRate": rate, "executionWeight": "10", "executionScore": score,
            "annualGoal": goal, "achievement": achieved, "indicators": indicators, "totalScore": total,
            "grade": grade, "analysis": analysis_lines}

def analysis(execution, output, benefit, satisfaction, experience):
    return {"execution": execution, "output": output, "benefit": benefit, "satisfaction": satisfaction,
            "experience": experience, "problems": "无", "improvements": "无"}

evaluations = [
    evaluation("法律顾问服务费", OFFICE, ("15", "15", "15", "15", "0", "100", "10"),
               text(1474, 1476), text(1478, 1481), [
        ind(P, "数量指标", "聘请法律顾问数", "＝2家", "＝2家", "＝2家", "20", "20"),
        ind(P, "质量指标", "法律问题解决率", "＝100%", "＝100%", "＝100%", "10", "10"),
        ind(P, "时效指标", "法律问题解决及", "及时", "及时", DONE, "10", "10"),
        ind(P, "成本指标", "法律顾问服务费", "＝15万元", "＝15万元", "＝15万元", "10", "10"),
        ind(B, "社会效益指标", "提升依法行政能", "提升", "提升", DONE, "25", "25"),
        ind(B, "可持续影响指标", "长效管理制度", "完善", "完善", DONE, "5", "5"),
        ind(M, SAT, "服务对象满意度", "≥95%", "≥95%", "≥100%", "10", "10")], "100", "优",
        analysis("项目实施情况良好，较好地完成了年初绩效目标。", "立足我区实际，充分发挥了政府法律顾问在建设法制政府中的作用。",
                 "使依法行政能力进一步提升。", "单位人员较为满意", "无")),
    evaluation("协同办公平台运维费", OFFICE, ("43.5", "43.5", "43.5", "29", "14.5", "66.67", "6.67"),
               "确保我区政府系统协同办公平台正常运行", "区政府系统协同办公平台正常运行。", [
        ind(P, "数量指标", "办公系统运维数", "＝1个", "＝1个", "＝1个", "20", "20"),
        ind(P, "质量指标", "办公系统故障修", "≤30分钟", "≤30分钟", "≤30分钟", "10", "10"),
        ind(P, "时效指标", "办公系统运维时", "＝1.5年", "＝1.5年", "＝1.5年", "10", "10"),
        ind(P, "成本指标", "办公系统运维成", "＝43.5万元", "＝43.5万元", "＝29万元", "10", "10"),
        ind(B, "经济效益指标", "降低行政成本", "降低", "降低", DONE, "20", "20"),
        ind(B, "社会效益指标", "工作效率提升度", "提升", "提升", DONE, "5", "5"),
        ind(B, "可持续影响指标", "长效管理制度", "完善", "完善", DONE, "5", "5"),
        ind(M, SAT, "保用人员满意度", "≥95%", "≥95%", "≥99%", "10", "10")], "96.67", "优",
        analysis("绩效指标达到了预期设定的目标值，绩效目标完成较好。", "区政府系统协同办公平台正常运行。", "进一步提升工作效率。",
                 "单位人员较满意", "无")),
    evaluation("政务网运行维护", CENTRE, ("5.5", "5.5", "5.5", "2.75", "2.75", "50", "5"),
               "政务网运行稳定，全年不出现大的故障。", "政务网运行稳定，全年不出现大的故障。", [
        ind(P, "数量指标", "硬件（软件）运", "≥50次", "≥50次", "≥56次", "20", "20"),
        ind(P, "质量指标", "系统故障修复处", "≤2小时", "≤2小时", "≤2小时", "10", "10"),
        ind(P, "时效指标", "硬件（软件）运", "周二", "周二", DONE, "10", "10"),
        ind(P, "成本指标", "成本指标", "未填报", None, DONE, "10", "5", "未设置成本指标"),
        ind(B, "社会效益指标", "工作开展便捷程", "便捷", "便捷", DONE, "30", "30"),
        ind(M, SAT, "使用人员满意度", "≥90%", "≥90%", "≥95%", "10", "10")], "90", "优",
        analysis("政务网运行稳定，全年不出现大的故障。", "硬件（软件）运维次数达到预期值，系统故障修复时间短，全年不出现大的故障",
                 "政务网运行稳定，工作开展便捷度高", "政务网站使用人员满意度高",
                 "保障硬件（软件）运维次数，提升应急处理能力，确保全年不出现大的故障")),
    evaluation("政府网站维护", CENTRE, ("2", "2", "2", "2", "0", "100", "10"),
               "政府门户网站正常运行", "政府门户网站正常运行", [
        ind(P, "数量指标", "维护费用", "＝20000元", "＝20000元", "＝20000元", "20", "20"),
        ind(P, "质量指标", "政府网站访问情", "正常", "正常", DONE, "10", "10"),
        ind(P, "时效指标", "问题响应时间", "≤2小时", "≤2小时", "≤2小时", "10", "10"),
        ind(P, "成本指标", "成本指标", "未填报", None, DONE, "10", "5", "未填报成本指标"),
        ind(B, "社会效益指标", "政府网站运行情", "正常", "正常", DONE, "30", "30"),
        ind(M, SAT, "满意度", "≥90%", "≥90%", "≥97%", "10", "10")], "95", "优",
        analysis("政府门户网站正常运行", "政府门户网站访问情况正常，问题响应时间短", "政府门户网站正常运行",
                 "政府门户网站使用人员满意度高", "定期检查网站运行情况，发现影响运行的问题及时响应解决")),
    evaluation("办公费", CENTRE, ("4", "4", "4", "0.575", "3.425", "14.39", "1.44"),
               "单位工作正常运转、公务用车正常运行", "单位工作正常运转、公务用车正常运行", [
        ind(P, "数量指标", "响应时间", "≤2小时", "≤2小时", "≤2小时", "20", "20"),
        ind(P, "质量指标", "公务用车运行情况", "正常", "正常", DONE, "10", "10"),
        ind(P, "时效指标", "问题解决", "及时", "及时", DONE, "10", "10"),
        ind(P, "成本指标", "成本指标", "未填报", None, DONE, "10", "5", "未设置成本指标"),
        ind(B, "社会效益指标", "工作效率提升度", "提高", "提高", DONE, "30", "30"),
        ind(M, SAT, "单位人员满意度", "≥90%", "≥90%", "≥94%", "10", "10")], "86.44", "良",
        analysis("单位工作正常运转、公务用车正常运行", "单位工作正常运转、公务用车正常运行", "工作效率有效提升",
                 "单位人员满意度高", "严格执行预算要求")),
    evaluation("电子政务网出口扩容", CENTRE, ("98", "98", "98", "98", "0", "100", "10"),
               "政务网运行稳定，带宽2000M", "政务网运行稳定，带宽2000M", [
        ind(P, "数量指标", "政务网出口带宽", "＝2000M", "＝2000M", "＝2000M", "20", "20"),
        ind(P, "质量指标", "异常处理能力", "≥95%", "≥95%", "≥96%", "10", "10"),
        ind(P, "时效指标", "系统故障维修响", "＜2小时", "＜2小时", "＜1.7小时", "10", "10"),
        ind(P, "成本指标", "互联网服务费", "＝98万元/年", "＝98万元/年", "＝98万元/年", "10", "10"),
        ind(B, "社会效益指标", "工作效率提升度", "提升", "提升", DONE, "30", "30"),
        ind(M, SAT, "服务对象满意度", "≥90%", "≥90%", "≥96%", "10", "10")], "100", "优",
        analysis("政务网运行稳定，带宽2000M", "政务网运行稳定，异常处理能力强，系统故障维修响应时间短，带宽达到2000M",
                 "工作效率有效提升", "服务对象满意度高", "夯实政务网基础建设，避免系统崩溃和服务中断")),
]

# --- 绩效目标申报表 (two forms) ---
def goal_ind(l1, l2, name, value):
    return {"level1": l1, "level2": l2, "name": name, "value": value}

def goal(name, unit_funds, attribute, overview_, basis, necessity, safeguards, plan, period_goal, annual_goal, inds):
    funds = {"total": unit_funds, "central": "0", "provincial": "0", "local": unit_funds, "selfRaised": "0",
             "other": None}
    return {"projectName": name, "departmentCode": "002", "departmentName": "长治市屯留区人民政府办公室",
            "implementingUnit": "长治市屯留区金融服务中心", "attribute": attribute, "period": "1年",
            "periodFunds": funds, "annualFunds": funds, "overview": overview_, "basis": basis,
            "necessity": necessity, "safeguards": safeguards, "plan": plan, "periodGoal": period_goal,
            "annualGoal": annual_goal,
            "periodIndicators": [dict(i, value=None) for i in inds], "annualIndicators": inds}

goals = [
    goal("办公经费", "30000", "一次性项目（1年结", text(2376, 2378), "长治市屯留区金融事务服务中心关于申请列入预算经费的请示",
         text(2383, 2386), text(2342, 2358), text(2362, 2371),
         text(2394, 2401), text(2403, 2417), [
        goal_ind(P, "数量指标", "宣传资料", "≥2000册"), goal_ind(P, "质量指标", "宣传册质量", "≥98%"),
        goal_ind(P, "时效指标", "时效内充足保障程度", "≥98%"), goal_ind(B, "社会效益指标", "民众满意度", "≥97%"),
        goal_ind(B, "可持续影响指标", "可持续影响", "≥98%"), goal_ind(M, SAT, "群众满意度", "≥98%")]),
    goal("2021年度企业上市挂牌奖补资金", "600000", "一次性项目（1年结束）", text(2601, 2603),
         "长治市屯留区资本市场县域工程试点工作实施方案的通知", "切实提高我区中小企业面向资本市场直接融资的能力",
         "屯政办发[2021]64号，屯政办发[2021]62号", text(2594, 2596), text(2619, 2623), text(2625, 2635), [
        goal_ind(P, "数量指标", "奖补企业的数量", "≥98%"), goal_ind(P, "质量指标", "奖补资金到位情况", "足额"),
        goal_ind(P, "时效指标", "及时奖补到位", "即时"), goal_ind(B, "经济效益指标", "企业发展稳步推进", "提高"),
        goal_ind(B, "社会效益指标", "增加企业抗风险能力", "提高"), goal_ind(B, "可持续影响指标", "企业提高生产积极性", "≥96%"),
        goal_ind(M, SAT, "企业满意度", "≥98%")]),
]

starts = [1387, 1389, 1391, 1395, 1399, 1403, 1407, 1411, 1415, 1419, 1423, 1437]
# the last entry ends at 1439; line 1441 is a stray 。 under the glossary, not part of it
glossary_spans = [(a, b - 1) for a, b in zip(starts, starts[1:] + [1440])]
glossary = []
for a, b in glossary_spans:
    entry = re.sub(r"^[一二三四五六七八九十]+、", "", text(a, b))
    term, definition = entry.split("：", 1)
    glossary.append({"term": term, "definition": definition})

golden = {
    "kind": "FINAL_ACCOUNTS", "year": 2023,
    "unit": {"name": "长治市屯留区人民政府办公室", "code": "002", "type": "ADMINISTRATIVE"},
    "overview": overview,
    "tables": tables_json(),
    "narrative": {"sections": sections, "facts": facts, "finalAccounts": final_accounts},
    "projects": [],
    "performanceGoals": goals,
    "selfEvaluations": evaluations,
    "assets": {"asOf": "2023年12月31日", "vehicles": {"quota": None, "actual": 2, "byCategory": {
        "副部（省）级及以上领导用车": 0, "主要负责人用车": 0, "机要通信用车": 0, "应急保障用车": 0, "执法执勤用车": 0,
        "特种专业技术用车": 0, "离退休干部服务用车": 0, "其他用车": 2}},
        "officeArea": None, "equipmentOver500k": None, "equipmentOver1m": 0},
    "procurement": {"total": "10.13", "goods": "9.38", "works": "0", "services": "0.75"},
    "glossary": glossary,
    "summary": {"incomeTotal": "1441.24", "currentIncome": "1441.24", "carryover": "0.00",
                "expenditureTotal": "1441.24", "basicExpenditure": "301.45", "projectExpenditure": "1139.80",
                "gpbTotal": "1441.24", "gpbBasic": "301.45", "gpbProject": "1139.80", "personnel": "283.47",
                "publicExpense": "17.98", "threePublicTotal": "0.00", "institutionOperating": "17.98",
                "procurementTotal": "10.13", "projectCount": None, "projectTotal": None,
                "carryoverProjectTotal": None},
}
with open("ingest/src/test/resources/golden/003_fb039c7f287ddd42.json", "w", encoding="utf-8") as out:
    json.dump(golden, out, ensure_ascii=False, indent=2)
    out.write("\n")
