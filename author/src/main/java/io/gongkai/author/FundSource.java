package io.gongkai.author;

import io.gongkai.model.Columns;
import io.gongkai.model.RowKeys;
import java.util.Optional;

/**
 * Where the money of a line item comes from (资金来源). The first three are 财政拨款 (fiscal funds); the income kinds
 * after 财政专户管理资金 together make up 单位资金. Money carried over from last year (上年结转) keeps the source it
 * had and is marked on the line item instead ({@link LineItem#carryover()}).
 */
public enum FundSource {
    /** 一般公共预算. */
    GENERAL_PUBLIC_BUDGET("一般公共预算", Columns.GPB, true),
    /** 政府性基金预算. */
    GOVERNMENT_FUND("政府性基金预算", Columns.FUND, true),
    /** 国有资本经营预算. */
    STATE_CAPITAL("国有资本经营预算", Columns.SOE, true),
    /** 财政专户管理资金. */
    SPECIAL_ACCOUNT("财政专户管理资金", Columns.SPECIAL, false),
    /** 事业收入 (单位资金). */
    BUSINESS_INCOME("事业收入", Columns.UNIT, false),
    /** 事业单位经营收入 (单位资金). */
    OPERATING_INCOME("事业单位经营收入", Columns.UNIT, false),
    /** 上级补助收入 (单位资金). */
    SUPERIOR_SUBSIDY("上级补助收入", Columns.UNIT, false),
    /** 附属单位上缴收入 (单位资金). */
    SUBSIDIARY_REMITTANCE("附属单位上缴收入", Columns.UNIT, false),
    /** 其他收入 (单位资金). */
    OTHER_INCOME("其他收入", Columns.UNIT, false);

    private final String label;
    private final String column;
    private final boolean fiscal;

    FundSource(String label, String column, boolean fiscal) {
        this.label = label;
        this.column = column;
        this.fiscal = fiscal;
    }

    /** The Chinese name as the template and the JSON write it. */
    public String label() {
        return label;
    }

    /** The canonical column of tables 2, 10-13 this source is counted in. */
    public String column() {
        return column;
    }

    /** The {@link RowKeys} income row of table 1 this source is counted in. */
    public String incomeKey() {
        return column;
    }

    /** Whether the source is 财政拨款 (一般公共预算, 政府性基金预算, 国有资本经营预算). */
    public boolean fiscal() {
        return fiscal;
    }

    /**
     * The source named by a label: the Chinese name, a common short form (政府性基金, 国有资本经营, 财政专户,
     * 单位资金 means 其他收入) or the enum constant.
     */
    public static Optional<FundSource> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String s = text.strip();
        for (FundSource source : values()) {
            if (source.label.equals(s) || source.name().equals(s)) {
                return Optional.of(source);
            }
        }
        return Optional.ofNullable(switch (s) {
            case "一般公共预算拨款", "一般公共预算资金" -> GENERAL_PUBLIC_BUDGET;
            case "政府性基金", "政府性基金预算拨款" -> GOVERNMENT_FUND;
            case "国有资本经营", "国有资本经营预算拨款" -> STATE_CAPITAL;
            case "财政专户", "财政专户资金" -> SPECIAL_ACCOUNT;
            case "单位资金" -> OTHER_INCOME;
            default -> null;
        });
    }
}
