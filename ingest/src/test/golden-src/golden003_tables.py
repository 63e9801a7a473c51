# Tables of seed 003, transcribed by hand from the document (lines 239-1165). Each row:
# (side, code, name, level, key, lineNumber, {column: value}). Blank cells are left out.
I, E, N = "INCOME", "EXPENDITURE", None

T1 = [
 (I,None,"一、一般公共预算财政拨款收入",1,"gpb",1,{"amount":"1441.24"}),
 (E,None,"一、一般公共服务支出",1,None,32,{"amount":"434.88"}),
 (I,None,"二、政府性基金预算财政拨款收入",1,"fund",2,{}),
 (E,None,"二、外交支出",1,None,33,{}),
 (I,None,"三、国有资本经营预算财政拨款收入",1,"soe",3,{}),
 (E,None,"三、国防支出",1,None,34,{}),
 (I,None,"四、上级补助收入",1,"superior",4,{}),
 (E,None,"四、公共安全支出",1,None,35,{}),
 (I,None,"五、事业收入",1,"business",5,{}),
 (E,None,"五、教育支出",1,None,36,{}),
 (I,None,"六、经营收入",1,"operating",6,{}),
 (E,None,"六、科学技术支出",1,None,37,{}),
 (I,None,"七、附属单位上缴收入",1,"affiliated",7,{}),
 (E,None,"七、文化旅游体育与传媒支出",1,None,38,{}),
 (I,None,"八、其他收入",1,"other",8,{}),
 (E,None,"八、社会保障和就业支出",1,None,39,{"amount":"40.36"}),
 (E,None,"九、卫生健康支出",1,None,40,{"amount":"12.61"}),
 (E,None,"十、节能环保支出",1,None,41,{}),
 (E,None,"十一、城乡社区支出",1,None,42,{}),
 (E,None,"十二、农林水支出",1,None,43,{"amount":"787.70"}),
 (E,None,"十三、交通运输支出",1,None,44,{}),
 (E,None,"十四、资源勘探工业信息等支出",1,None,45,{"amount":"144.00"}),
 (E,None,"十五、商业服务业等支出",1,None,46,{}),
 (E,None,"十六、金融支出",1,None,47,{}),
 (E,None,"十七、援助其他地区支出",1,None,48,{}),
 (E,None,"十八、自然资源海洋气象等支出",1,None,49,{}),
 (E,None,"十九、住房保障支出",1,None,50,{"amount":"21.69"}),
 (E,None,"二十、粮油物资储备支出",1,None,51,{}),
 (E,None,"二十一、国有资本经营预算支出",1,None,52,{}),
 (E,None,"二十二、灾害防治及应急管理支出",1,None,53,{}),
 (E,None,"二十三、其他支出",1,None,54,{}),
 (E,None,"二十四、债务还本支出",1,None,55,{}),
 (E,None,"二十五、债务付息支出",1,None,56,{}),
 (E,None,"二十六、抗疫特别国债安排的支出",1,None,57,{}),
 (I,None,"本年收入合计",0,"currentIncomeTotal",27,{"amount":"1441.24"}),
 (E,None,"本年支出合计",0,"currentExpenditureTotal",58,{"amount":"1441.24"}),
 (I,None,"使用非财政拨款结余和专用结余",0,"nonFiscalBalanceUsed",28,{}),
 (E,None,"结余分配",0,"balanceDistribution",59,{}),
 (I,None,"年初结转和结余",0,"openingBalance",29,{}),
 (E,None,"年末结转和结余",0,"closingBalance",60,{}),
 (I,None,"总计",0,"incomeGrandTotal",31,{"amount":"1441.24"}),
 (E,None,"总计",0,"expenditureGrandTotal",62,{"amount":"1441.24"}),
]

# Tables 2, 3 and 5 share their code rows: (code, name, total, basic, project). Table 2 has total = fiscal.
CODES = [
 ("201","一般公共服务支出","434.88","227.97","206.91"),
 ("20103","政府办公厅（室）及相关机构事务","432.13","227.97","204.16"),
 ("2010301","行政运行","188.78","188.78",None),
 ("2010302","一般行政管理事务","100.54",None,"100.54"),
 ("2010303","机关服务","3.04",None,"3.04"),
 ("2010350","事业运行","39.19","39.19",None),
 ("2010399","其他政府办公厅（室）及相关机构事务支出","100.58",None,"100.58"),
 ("20105","统计信息事务","2.75",None,"2.75"),
 ("2010504","信息事务","2.75",None,"2.75"),
 ("208","社会保障和就业支出","40.36","35.37","4.99"),
 ("20805","行政事业单位养老支出","40.36","35.37","4.99"),
 ("2080501","行政单位离退休","1.11","1.11",None),
 ("2080505","机关事业单位基本养老保险缴费支出","28.96","28.96",None),
 ("2080506","机关事业单位职业年金缴费支出","10.23","5.30","4.93"),
 ("2080508","对机关事业单位职业年金的补助","0.06",None,"0.06"),
 ("210","卫生健康支出","12.61","12.61",None),
 ("21011","行政事业单位医疗","12.61","12.61",None),
 ("2101101","行政单位医疗","7.38","7.38",None),
 ("2101102","事业单位医疗","5.23","5.23",None),
 ("213","农林水支出","787.70","3.80","783.90"),
 ("21301","农业农村","3.80","3.80",None),
 ("2130101","行政运行","3.80","3.80",None),
 ("21308","普惠金融发展支出","783.90",None,"783.90"),
 ("2130899","其他普惠金融发展支出","783.90",None,"783.90"),
 ("215","资源勘探工业信息等支出","144.00",None,"144.00"),
 ("21508","支持中小企业发展和管理支出","144.00",None,"144.00"),
 ("2150805","中小企业发展专项","60.00",None,"60.00"),
 ("2150899","其他支持中小企业发展和管理支出","84.00",None,"84.00"),
 ("221","住房保障支出","21.69","21.69",None),
 ("22102","住房改革支出","21.69","21.69",None),
 ("2210201","住房公积金","21.69","21.69",None),
]

def coded(kind):
    rows = []
    if kind == 2:
        rows.append((N,None,"合计",0,"total",None,{"total":"1441.24","fiscal":"1441.24"}))
    else:
        rows.append((N,None,"合计",0,"total",None,{"total":"1441.24","basic":"301.45","project":"1139.80"}))
    for code, name, total, basic, project in CODES:
        level = {3:1, 5:2, 7:3}[len(code)]
        if kind == 2:
            amounts = {"total": total, "fiscal": total}
        else:
            amounts = {"total": total}
            if basic: amounts["basic"] = basic
            if project: amounts["project"] = project
        rows.append((N,code,name,level,None,None,amounts))
    return rows

FUNDS = [("一般公共预算财政拨款",2,"gpb",29),("政府性基金预算财政拨款",2,"fund",30),("国有资本经营预算财政拨款",2,"soe",31)]
def t4():
    rows = []
    inc = {1:("一、一般公共预算财政拨款","gpb","1441.24"),2:("二、政府性基金预算财政拨款","fund",None),3:("三、国有资本经营预算财政拨款","soe",None)}
    for r in T1:
        if r[0] == E and r[5] is not None and 32 <= r[5] <= 57:
            ln = r[5] + 1
            amounts = {"total": r[6]["amount"], "gpb": r[6]["amount"]} if r[6] else {}
            k = ln - 33 + 1
            if k in inc:
                name, key, amt = inc[k]
                rows.append((I,None,name,1,key,k,{"amount":amt} if amt else {}))
            rows.append((E,None,r[2],1,None,ln,amounts))
    rows += [
     (I,None,"本年收入合计",0,"currentIncomeTotal",27,{"amount":"1441.24"}),
     (E,None,"本年支出合计",0,"currentExpenditureTotal",59,{"total":"1441.24","gpb":"1441.24"}),
     (I,None,"年初财政拨款结转和结余",0,"openingBalance",28,{}),
     (E,None,"年末财政拨款结转和结余",0,"closingBalance",60,{}),
    ]
    rows += [(I,None,n,l,k,ln,{}) for n,l,k,ln in FUNDS]
    rows += [(I,None,"总计",0,"incomeGrandTotal",32,{"amount":"1441.24"}),
             (E,None,"总计",0,"expenditureGrandTotal",64,{"total":"1441.24","gpb":"1441.24"})]
    return rows

# Table 6: (code, name, amount); 301 and 303 are 人员经费, the rest 公用经费.
T6 = [
 ("301","工资福利支出","279.31"),("30101","基本工资","113.37"),("30102","津贴补贴","47.67"),("30103","奖金","9.27"),
 ("30106","伙食补助费",None),("30107","绩效工资","39.19"),("30108","机关事业单位基本养老保险缴费","28.96"),
 ("30109","职业年金缴费","5.30"),("30110","职工基本医疗保险缴费","12.61"),("30111","公务员医疗补助缴费",None),
 ("30112","其他社会保障缴费","1.25"),("30113","住房公积金","21.69"),("30114","医疗费",None),("30199","其他工资福利支出",None),
 ("302","商品和服务支出","17.98"),("30201","办公费","6.20"),("30202","印刷费",None),("30203","咨询费",None),
 ("30204","手续费",None),("30205","水费",None),("30206","电费",None),("30207","邮电费",None),("30208","取暖费",None),
 ("30209","物业管理费",None),("30211","差旅费","1.00"),("30212","因公出国（境）费用",None),("30213","维修（护）费",None),
 ("30214","租赁费",None),("30215","会议费",None),("30216","培训费",None),("30217","公务接待费",None),
 ("30218","专用材料费",None),("30224","被装购置费",None),("30225","专用燃料费",None),("30226","劳务费",None),
 ("30227","委托业务费",None),("30228","工会经费",None),("30229","福利费",None),("30231","公务用车运行维护费",None),
 ("30239","其他交通费用","10.78"),("30240","税金及附加费用",None),("30299","其他商品和服务支出",None),
 ("303","对个人和家庭的补助","4.16"),("30301","离休费",None),("30302","退休费","4.16"),("30303","退职（役）费",None),
 ("30304","抚恤金",None),("30305","生活补助",None),("30306","救济费",None),("30307","医疗费补助",None),
 ("30308","助学金",None),("30309","奖励金",None),("30310","个人农业生产补贴",None),("30311","代缴社会保险费",None),
 ("30399","其他对个人和家庭的补助",None),
 ("307","债务利息及费用支出",None),("30701","国内债务付息",None),("30702","国外债务付息",None),
 ("30703","国内债务发行费用",None),("30704","国外债务发行费用",None),
 ("309","资本性支出（基本建设）",None),("30901","房屋建筑物构建",None),("30902","办公设备购置",None),
 ("30903","专用设备购置",None),("30905","基础设施建设",None),("30906","大型修缮",None),
 ("30907","信息网络及软件购置更新",None),("30908","物资储备",None),("30913","公务用车购置",None),
 ("30919","其他交通工具购置",None),("30921","文物和陈列品购置",None),("30922","无形资产购置",None),
 ("30999","其他资本性支出",None),
 ("310","资本性支出",None),("31001","房屋建筑物构建",None),("31002","办公设备购置",None),("31003","专用设备购置",None),
 ("31005","基础设施建设",None),("31006","大型修缮",None),("31007","信息网络及软件购置更新",None),("31008","物资储备",None),
 ("31009","土地补偿",None),("31010","安置补助",None),("31011","地上附着物和青苗补偿",None),("31012","拆迁补偿",None),
 ("31013","公务用车购置",None),("31019","其他交通工具购置",None),("31021","文物和陈列品购置",None),
 ("31022","无形资产购置",None),("31099","其他资本性支出",None),
 ("311","对企业补助（基本建设）",None),("31101","资本金注入",None),("31199","其他对企业补助",None),
 ("312","对企业补助",None),("31201","资本金注入",None),("31203","政府投资基金股权投资",None),("31204","费用补贴",None),
 ("31205","利息补贴",None),("31299","其他对企业补助",None),
 ("313","对社会保障基金补助",None),("31302","对社会保险基金补助",None),("31303","补充全国社会保障基金",None),
 ("31304","对机关事业单位职业年金的补助",None),
 ("399","其他支出",None),("39907","国家赔偿费用支出",None),("39908","对民间非营利组织和群众性自治组织补贴",None),
 ("39909","经常性赠与",None),("39910","资本性赠与",None),("39999","其他支出",None),
]

def t6():
    rows = []
    for code, name, amt in T6:
        col = "personnel" if code[:3] in ("301", "303") else "public"
        rows.append((N,code,name,1 if len(code)==3 else 2,"economicGroup" if len(code)==3 else None,None,{col:amt} if amt else {}))
    rows.append((N,None,"人员经费合计",0,"personnelTotal",None,{"personnel":"283.47"}))
    rows.append((N,None,"公用经费合计",0,"publicTotal",None,{"public":"17.98"}))
    return rows

T10 = [
 ("合计",1,"procurementTotal",1,"10.13"),("货物",1,"procurementGoods",2,"9.38"),("工程",1,"procurementWorks",3,None),
 ("服务",1,"procurementServices",4,"0.75"),("（一）行政单位",1,"operatingAdministrative",5,"17.98"),
 ("（二）参照公务员法管理事业单位",1,"operatingCivilServiceLike",6,None),("（一）车辆数合计（辆）",1,"vehiclesHeld",7,"2"),
 ("1.副部（省）级及以上领导用车",2,"vehicleCategory",8,None),("2.主要负责人用车",2,"vehicleCategory",9,None),
 ("3.机要通信用车",2,"vehicleCategory",10,None),("4.应急保障用车",2,"vehicleCategory",11,None),
 ("5.执法执勤用车",2,"vehicleCategory",12,None),("6.特种专业技术用车",2,"vehicleCategory",13,None),
 ("7.离退休干部服务用车",2,"vehicleCategory",14,None),("8.其他用车",2,"vehicleCategory",15,"2"),
 ("（二）单价100万元（含）以上设备（不含车辆）",1,"equipmentOver1m",17,None),
]

def t10():
    return [(N,None,n,l,k,ln,{"amount":a} if a else {}) for n,l,k,ln,a in T10]

TABLES = [
 (1,"FA_SUMMARY","收入支出决算总表",False,T1),
 (2,"FA_INCOME","收入决算表",False,coded(2)),
 (3,"FA_EXPENDITURE","支出决算表",False,coded(3)),
 (4,"FA_FISCAL_SUMMARY","财政拨款收入支出决算总表",False,t4()),
 (5,"FA_GPB_EXPENDITURE","一般公共预算财政拨款支出决算表",False,coded(5)),
 (6,"FA_GPB_BASIC_DETAIL","一般公共预算财政拨款基本支出决算明细表",False,t6()),
 (7,"FA_FUND","政府性基金预算财政拨款收入支出决算表",True,[(N,None,"合计",0,"total",None,{})]),
 (8,"FA_SOE","国有资本经营预算财政拨款支出决算表",True,[(N,None,"合计",0,"total",None,{})]),
 (9,"FA_THREE_PUBLIC","财政拨款“三公”经费支出决算表",True,[]),
 (10,"FA_RELATED_INFO","部门决算公开相关信息统计表",False,t10()),
]

def tables_json():
    out = []
    for number, type_, title, empty, rows in TABLES:
        js = []
        for side, code, name, level, key, ln, amounts in rows:
            r = {}
            if side: r["side"] = side
            if code: r["code"] = code
            r["name"] = name
            r["level"] = level
            if key: r["key"] = key
            if ln is not None: r["lineNumber"] = ln
            r["amounts"] = amounts
            js.append(r)
        out.append({"number": number, "type": type_, "title": title, "empty": empty, "rows": js})
    return out
