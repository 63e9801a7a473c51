package io.gongkai.rules.assets;

import io.gongkai.rules.Rule;
import java.util.List;

/** The rules of the category 资产 assets, in catalogue order. */
public final class AssetsRules {

    private AssetsRules() {
    }

    /** Every rule of this category. */
    public static List<Rule> all() {
        return List.of(
                new VehiclesWithinQuotaRule(),
                new VehicleCategoriesSumToActualRule(),
                new HeldVehiclesHaveRunningCostRule(),
                new RunningCostWithoutVehiclesRule(),
                new PurchaseCostContradictsNoPurchaseRule(),
                new StatedVehiclePurchaseBudgetedRule(),
                new NoVehicleStatementMatchesAssetsRule(),
                new LargeEquipmentCountsConsistentRule(),
                new AssetsSectionCompleteRule());
    }
}
