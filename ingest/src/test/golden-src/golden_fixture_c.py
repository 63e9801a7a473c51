#!/usr/bin/env python3
"""Writes golden/fixture-c-final-9tables.json from the figures the fixture was written with (fixtures/README.md);
every value is typed here by hand. Run from the repository root."""
import json

I, E, N = "INCOME", "EXPENDITURE", None

def rows(spec):
    out = []
    for side, code, name, level, key, amounts in spec:
        r = {}
        if side: r["side"] = side
        if code: r["code"] = code
        r["name"] = name
        r["level"] = level
        if key: r["key"] = key
        r["amounts"] = amounts
        out.append(r)
    return out

T1 = [
 (I,None,"一、一般公共预算财政拨款收入",1,"gpb",{"amount":"520.00"}),
 (E,None,"一、一般公共服务支出",1,None,{}),
 (I,None,"二、政府性基金预算财政拨款收入",1,"fund",{}),
 (E,None,"八、社会保障和就业支出",1,None,{"amount":"50.00"}),
 (I,None,"三、国有资本经营预算财政拨款收入",1,"soe",{}),
 (E,None,"十八、自然资源海洋气象等支出",1,None,{"amount":"450.00"}),
 (I,None,"四、上级补助收入",1,"superior",{}),
 (E,None,"十九、住房保障支出",1,None,{"amount":"25.00"}),
 (I,None,"五、事业收入",1,"business",{}),
 (I,None,"六、经营收入",1,"operating",{}),
 (I,None,"七、附属单位上缴收入",1,"affiliated",{}),
 (I,None,"八、其他收入",1,"other",{"amount":"10.00"}),
 (I,None,"本年收入合计",0,"currentIncomeTotal",{"amount":"530.00"}),
 (E,None,"本年支出合计",0,"currentExpenditureTotal",{"amount":"525.00"}),
 (I,None,"使用非财政拨款结余",0,"nonFiscalBalanceUsed",{}),
 (E,None,"结余分配",0,"balanceDistribution",{}),
 (I,None,"年初结转和结余",0,"openingBalance",{"amount":"20.00"}),
 (E,None,"年末结转和结余",0,"closingBalance",{"amount":"25.00"}),
 (I,None,"收入总计",0,"incomeGrandTotal",{"amount":"550.00"}),
 (E,None,"支出总计",0,"expenditureGrandTotal",{"amount":"550.00"}),
]
CODES = [("208","社会保障和就业支出",1),("20805","行政事业单位养老支出",2),("2080505","机关事业单位基本养老保险缴费支出",3),
         ("220","自然资源海洋气象等支出",1),("22001","自然资源事务",2),("2200101","行政运行",3),
         ("2200104","自然资源规划及管理",3),("221","住房保障支出",1),("22102","住房改革支出",2),("2210201","住房公积金",3)]
T2_AMOUNTS = {"208":("50.00","50.00",None),"20805":("50.00","50.00",None),"2080505":("50.00","50.00",None),
              "220":("455.00","445.00","10.00"),"22001":("455.00","445.00","10.00"),"2200101":("300.00","300.00",None),
              "2200104":("155.00","145.00","10.00"),"221":("25.00","25.00",None),"22102":("25.00","25.00",None),
              "2210201":("25.00","25.00",None)}
T3_AMOUNTS = {"208":("50.00","50.00",None),"20805":("50.00","50.00",None),"2080505":("50.00","50.00",None),
              "220":("450.00","325.00","125.00"),"22001":("450.00","325.00","125.00"),"2200101":("325.00","325.00",None),
              "2200104":("125.00",None,"125.00"),"221":("25.00","25.00",None),"22102":("25.00","25.00",None),
              "2210201":("25.00","25.00",None)}
T5_AMOUNTS = dict(T3_AMOUNTS, **{"220":("440.00","325.00","115.00"),"22001":("440.00","325.00","115.00"),
                                 "2200104":("115.00",None,"115.00")})

def coded(amounts, cols, total):
    out = [(N,None,"合计",0,"total",total)]
    for code, name, level in CODES:
        vals = amounts[code]
        out.append((N,code,name,level,None,{c: v for c, v in zip(cols, vals) if v}))
    return out

T4 = [
 (I,None,"一、一般公共预算财政拨款",1,"gpb",{"amount":"520.00"}),
 (E,None,"八、社会保障和就业支出",1,None,{"total":"50.00","gpb":"50.00"}),
 (I,None,"二、政府性基金预算财政拨款",1,"fund",{}),
 (E,None,"十八、自然资源海洋气象等支出",1,None,{"total":"440.00","gpb":"440.00"}),
 (I,None,"三、国有资本经营预算财政拨款",1,"soe",{}),
 (E,None,"十九、住房保障支出",1,None,{"total":"25.00","gpb":"25.00"}),
 (I,None,"本年收入合计",0,"currentIncomeTotal",{"amount":"520.00"}),
 (E,None,"本年支出合计",0,"currentExpenditureTotal",{"total":"515.00","gpb":"515.00"}),
 (I,None,"年初财政拨款结转和结余",0,"openingBalance",{"amount":"15.00"}),
 (E,None,"年末财政拨款结转和结余",0,"closingBalance",{"total":"20.00","gpb":"20.00"}),
 (I,None,"一般公共预算财政拨款",2,"gpb",{"amount":"15.00"}),
 (I,None,"收入总计",0,"incomeGrandTotal",{"amount":"535.00"}),
 (E,None,"支出总计",0,"expenditureGrandTotal",{"total":"535.00","gpb":"535.00"}),
]
def econ(code, name, col, amount):
    level = 1 if len(code) == 3 else 2
    return (N, code, name, level, "economicGroup" if level == 1 else None, {col: amount} if amount else {})
T6 = [econ("301","工资福利支出","personnel","340.00"), econ("30101","基本工资","personnel","150.00"),
      econ("30102","津贴补贴","personnel","100.00"), econ("30108","机关事业单位基本养老保险缴费","personnel","50.00"),
      econ("30113","住房公积金","personnel","25.00"), econ("30199","其他工资福利支出","personnel","15.00"),
      econ("302","商品和服务支出","public","40.00"), econ("30201","办公费","public","12.00"),
      econ("30211","差旅费","public","8.00"), econ("30217","公务接待费","public","1.40"),
      econ("30231","公务用车运行维护费","public","2.80"), econ("30299","其他商品和服务支出","public","15.80"),
      econ("303","对个人和家庭的补助","personnel","20.00"), econ("30302","退休费","personnel","20.00"),
      econ("310","资本性支出","public",None), econ("31002","办公设备购置","public",None),
      (N,None,"人员经费合计",0,"personnelTotal",{"personnel":"360.00"}),
      (N,None,"公用经费合计",0,"publicTotal",{"public":"40.00"})]
def tp(name, level, key, b, f):
    return (N,None,name,level,key,{"budget":b,"final":f})
T9 = [tp("合计",0,"total","5.00","4.20"), tp("1.因公出国（境）费",1,"abroad","0.00","0.00"),
      tp("2.公务用车购置及运行维护费",1,"vehicles","3.00","2.80"), tp("（1）公务用车购置费",2,"vehiclePurchase","0.00","0.00"),
      tp("（2）公务用车运行维护费",2,"vehicleOperation","3.00","2.80"), tp("3.公务接待费",1,"reception","2.00","1.40")]

tables = [
 {"number":1,"type":"FA_SUMMARY","title":"部门收支决算总表","empty":False,"rows":rows(T1)},
 {"number":2,"type":"FA_INCOME","title":"部门收入决算表","empty":False,
  "rows":rows(coded(T2_AMOUNTS,["total","fiscal","other"],{"total":"530.00","fiscal":"520.00","other":"10.00"}))},
 {"number":3,"type":"FA_EXPENDITURE","title":"部门支出决算表","empty":False,
  "rows":rows(coded(T3_AMOUNTS,["total","basic","project"],{"total":"525.00","basic":"400.00","project":"125.00"}))},
 {"number":4,"type":"FA_FISCAL_SUMMARY","title":"财政拨款收支决算总表","empty":False,"rows":rows(T4)},
 {"number":5,"type":"FA_GPB_EXPENDITURE","title":"一般公共预算财政拨款支出决算情况表","empty":False,
  "rows":rows(coded(T5_AMOUNTS,["total","basic","project"],{"total":"515.00","basic":"400.00","project":"115.00"}))},
 {"number":6,"type":"FA_GPB_BASIC_DETAIL","title":"一般公共预算财政拨款基本支出决算表","empty":False,"rows":rows(T6)},
 {"number":7,"type":"FA_FUND","title":"政府性基金预算财政拨款支出决算表","empty":True,
  "rows":rows([(N,None,"合计",0,"total",{})])},
 {"number":8,"type":"FA_SOE","title":"国有资本经营预算财政拨款支出决算表","empty":True,
  "rows":rows([(N,None,"合计",0,"total",{})])},
 {"number":9,"type":"FA_THREE_PUBLIC","title":"一般公共预算财政拨款“三公”经费支出决算表","empty":False,"rows":rows(T9)},
]

A, S, C, R, K = "AMOUNT", "SHARE", "CHANGE", "CHANGE_RATE", "COUNT"
F = [("一",A,"收入总计","550.00","万元"),("一",A,"支出总计","550.00","万元"),("一",C,"收入总计","50.00","万元"),
 ("一",R,"收入总计","10.00","%"),("一",C,"支出总计","50.00","万元"),("一",R,"支出总计","10.00","%"),
 ("二",A,"收入合计","530.00","万元"),("二",A,"财政拨款收入","520.00","万元"),("二",S,"财政拨款收入","98.11","%"),
 ("二",A,"其他收入","10.00","万元"),("二",S,"其他收入","1.89","%"),
 ("三",A,"支出合计","525.00","万元"),("三",A,"基本支出","400.00","万元"),("三",S,"基本支出","76.19","%"),
 ("三",A,"项目支出","125.00","万元"),("三",S,"项目支出","23.81","%"),
 ("四",A,"财政拨款收入总计","535.00","万元"),("四",A,"支出总计","535.00","万元"),
 ("五",A,"年初预算","500.00","万元"),("五",A,"支出决算","515.00","万元"),("五",S,"支出决算","103.00","%"),
 ("五",A,"社会保障和就业支出","50.00","万元"),("五",S,"社会保障和就业支出","9.71","%"),
 ("五",C,"社会保障和就业支出","5.00","万元"),("五",R,"社会保障和就业支出","11.11","%"),
 ("五",A,"自然资源海洋气象等支出","440.00","万元"),("五",S,"自然资源海洋气象等支出","85.44","%"),
 ("五",C,"自然资源海洋气象等支出","40.00","万元"),("五",R,"自然资源海洋气象等支出","10.00","%"),
 ("五",A,"住房保障支出","25.00","万元"),("五",S,"住房保障支出","4.85","%"),
 ("五",C,"住房保障支出","2.00","万元"),("五",R,"住房保障支出","8.70","%"),
 ("六",A,"基本支出","400.00","万元"),("六",A,"人员经费","360.00","万元"),("六",A,"公用经费","40.00","万元"),
 ("七",A,"全年预算","5.00","万元"),("七",A,"支出决算","4.20","万元"),("七",S,"支出决算","84.00","%"),
 ("七",C,"三公","-0.80","万元"),("七",R,"三公","-16.00","%"),
 ("七",A,"因公出国（境）费支出","0","万元"),("七",S,"因公出国（境）费支出","0","%"),
 ("七",A,"公务用车购置费支出","0","万元"),("七",S,"公务用车购置费支出","0","%"),
 ("七",A,"公务用车运行维护费支出","2.80","万元"),("七",S,"公务用车运行维护费支出","93.33","%"),
 ("七",C,"公务用车运行维护费支出","-0.50","万元"),("七",R,"公务用车运行维护费支出","-15.15","%"),
 ("七",A,"公务接待费支出","1.40","万元"),("七",S,"公务接待费支出","70.00","%"),
 ("七",C,"公务接待费支出","-0.30","万元"),("七",R,"公务接待费支出","-17.65","%"),
 ("十(一)",A,"机关运行经费支出","40.00","万元"),("十(一)",C,"机关运行经费支出","-2.00","万元"),
 ("十(一)",R,"机关运行经费支出","-4.76","%"),
 ("十(二)",A,"政府采购支出总额","30.00","万元"),("十(二)",A,"货物支出","20.00","万元"),("十(二)",A,"工程支出","0","万元"),
 ("十(二)",A,"服务支出","10.00","万元"),("十(二)",A,"中小企业合同金额","24.00","万元"),("十(二)",S,"中小企业合同金额","80.00","%"),
 ("十(二)",A,"小微企业合同金额","12.00","万元"),("十(二)",S,"小微企业合同金额","40.00","%"),
 ("十(三)",K,"车辆","3","辆"),("十(三)",K,"主要负责人用车","0","辆"),("十(三)",K,"执法执勤用车","2","辆"),
 ("十(三)",K,"其他用车","1","辆"),("十(三)",K,"设备","0","台（套）")]

LINES = open("ingest/src/test/resources/fixtures/fixture-c-final-9tables.txt", encoding="utf-8").read().split("\n")
def line(n):
    return LINES[n - 1].strip()

sections = [
 {"number":"一","title":"收入支出决算总体情况说明","text":line(139)},
 {"number":"二","title":"收入决算情况说明","text":line(142)},
 {"number":"三","title":"支出决算情况说明","text":line(145)},
 {"number":"四","title":"财政拨款收入支出决算总体情况说明","text":line(148)},
 {"number":"五","title":"一般公共预算财政拨款支出决算情况说明","text":line(151)+line(152)+line(153)+line(154)},
 {"number":"六","title":"一般公共预算财政拨款基本支出决算情况说明","text":line(157)},
 {"number":"七","title":"一般公共预算财政拨款“三公”经费支出决算情况说明","text":line(160)},
 {"number":"八","title":"政府性基金预算财政拨款支出决算情况说明","text":"本年度无此项支出。"},
 {"number":"九","title":"国有资本经营预算财政拨款支出决算情况说明","text":"本年度无此项支出。"},
 {"number":"十","title":"其他重要事项情况说明","text":"".join(line(n) for n in range(169, 177))},
]

def item(budget, actual, rate, ch, chrate, reason):
    return {"budget":budget,"actual":actual,"completionRate":rate,"change":ch,"changeRate":chrate,"reason":reason}
NOV = {"amount":None,"batches":None,"persons":None}
final_accounts = {
 "initialBudget":"500.00","finalExpenditure":"515.00","completionRate":"103.00",
 "classes":[
  {"name":"社会保障和就业支出","amount":"50.00","share":"9.71","purpose":"养老保险缴费",
   "change":{"amount":"50.00","change":"5.00","changeRate":"11.11","reason":"人员增加"}},
  {"name":"自然资源海洋气象等支出","amount":"440.00","share":"85.44","purpose":"自然资源管理",
   "change":{"amount":"440.00","change":"40.00","changeRate":"10.00","reason":"项目增加"}},
  {"name":"住房保障支出","amount":"25.00","share":"4.85","purpose":"住房公积金缴纳",
   "change":{"amount":"25.00","change":"2.00","changeRate":"8.70","reason":"人员增加"}}],
 "threePublic":{
  "total":item("5.00","4.20","84.00","-0.80","-16.00","厉行节约"),
  "abroad":item(None,"0","0","0",None,None), "vehiclePurchase":item(None,"0","0","0",None,None),
  "vehicleOperation":item(None,"2.80","93.33","-0.50","-15.15","严格用车管理"),
  "reception":item(None,"1.40","70.00","-0.30","-17.65","减少接待"),
  "abroadGroups":NOV,"vehiclesBought":None,"vehiclesHeld":None,"receptions":NOV,"domestic":NOV,
  "foreignAffairs":NOV,"overseas":NOV},
 "operatingCosts":{"amount":"40.00","change":"-2.00","changeRate":"-4.76","reason":"压减一般性支出"},
 "procurement":{"total":"30.00","goods":"20.00","works":"0","services":"10.00","smeAmount":"24.00","smeShare":"80.00",
                "smallMicroAmount":"12.00","smallMicroShare":"40.00"},
 "selfEvaluationSummaries":[], "repeatedSections":[]}

golden = {
 "kind":"FINAL_ACCOUNTS","year":2022,"unit":{"name":"青川县自然资源局","code":None,"type":"ADMINISTRATIVE"},
 "overview":{"duties":["贯彻执行国家和省自然资源管理的法律法规和方针政策。","负责全县自然资源调查监测评价和确权登记工作。"],
             "organisation":line(13),"internalOffices":["办公室","规划股","执法大队"],"subordinateUnits":[]},
 "tables":tables,
 "narrative":{"sections":sections,"facts":[{"section":s,"kind":k,"subject":sub,"value":v,"unit":u} for s,k,sub,v,u in F],
              "finalAccounts":final_accounts},
 "projects":[],"performanceGoals":[],"selfEvaluations":[],
 "assets":{"asOf":"2022年12月31日","vehicles":{"quota":None,"actual":3,"byCategory":{"主要负责人用车":0,"执法执勤用车":2,"其他用车":1}},
           "officeArea":None,"equipmentOver500k":None,"equipmentOver1m":0},
 "procurement":{"total":"30.00","goods":"20.00","works":"0","services":"10.00"},
 "glossary":[{"term":"财政拨款收入","definition":"指单位从同级财政部门取得的财政预算资金。"},
             {"term":"基本支出","definition":"指为保障机构正常运转、完成日常工作任务而发生的人员支出和公用经费支出。"}],
 "summary":{"incomeTotal":"550.00","currentIncome":"530.00","carryover":"20.00","expenditureTotal":"550.00",
            "basicExpenditure":"400.00","projectExpenditure":"125.00","gpbTotal":"515.00","gpbBasic":"400.00",
            "gpbProject":"115.00","personnel":"360.00","publicExpense":"40.00","threePublicTotal":"4.20",
            "institutionOperating":"40.00","procurementTotal":"30.00","projectCount":None,"projectTotal":None,
            "carryoverProjectTotal":None}}
with open("ingest/src/test/resources/golden/fixture-c-final-9tables.json","w",encoding="utf-8") as out:
    json.dump(golden, out, ensure_ascii=False, indent=2); out.write("\n")
