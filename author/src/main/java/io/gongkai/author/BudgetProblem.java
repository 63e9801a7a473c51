package io.gongkai.author;

/**
 * Something wrong with budget data, said where it is and what is wrong in Chinese and English.
 *
 * @param location where: a cell of the template (明细!C12) or a JSON path (lineItems[11].functionCode)
 * @param chinese the message in Chinese (功能分类科目 2019988 不存在)
 * @param english the message in English
 */
public record BudgetProblem(String location, String chinese, String english) {

    /** The message as printed: {@code 明细!C12：功能分类科目 2019988 不存在 / functional code 2019988 does not exist}. */
    public String message() {
        return location + "：" + chinese + " / " + english;
    }

    @Override
    public String toString() {
        return message();
    }
}
