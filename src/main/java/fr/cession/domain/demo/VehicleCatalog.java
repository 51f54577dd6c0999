package fr.cession.domain.demo;

import java.util.List;

/** Makes and models sold in France, with their manufacturer code (VIN WMI) and a price band. */
final class VehicleCatalog {

    record Model(String make, String model, String wmi, int minPrice, int maxPrice, boolean imported) {
    }

    static final List<Model> MODELS = List.of(
            new Model("Renault", "Clio V", "VF1", 11_000, 19_000, false),
            new Model("Renault", "Captur", "VF1", 14_000, 24_000, false),
            new Model("Renault", "Mégane", "VF1", 12_000, 22_000, false),
            new Model("Renault", "Zoé", "VF1", 9_000, 18_000, false),
            new Model("Peugeot", "208", "VF3", 11_000, 20_000, false),
            new Model("Peugeot", "2008", "VF3", 15_000, 26_000, false),
            new Model("Peugeot", "308", "VF3", 13_000, 25_000, false),
            new Model("Peugeot", "3008", "VF3", 18_000, 32_000, false),
            new Model("Citroën", "C3", "VF7", 9_000, 17_000, false),
            new Model("Citroën", "C4", "VF7", 14_000, 24_000, false),
            new Model("Citroën", "C5 Aircross", "VF7", 19_000, 30_000, false),
            new Model("DS", "DS 7 Crossback", "VR1", 24_000, 38_000, false),
            new Model("Dacia", "Sandero", "UU1", 8_000, 15_000, false),
            new Model("Dacia", "Duster", "UU1", 11_000, 20_000, false),
            new Model("Volkswagen", "Polo", "WVW", 11_000, 19_000, false),
            new Model("Volkswagen", "Golf", "WVW", 14_000, 27_000, false),
            new Model("Volkswagen", "Tiguan", "WVG", 21_000, 35_000, false),
            new Model("Toyota", "Yaris", "VNK", 12_000, 21_000, false),
            new Model("Toyota", "C-HR", "SB1", 18_000, 29_000, false),
            new Model("Ford", "Fiesta", "WF0", 8_000, 15_000, false),
            new Model("Opel", "Corsa", "W0L", 9_000, 17_000, false),
            new Model("Fiat", "500", "ZFA", 8_000, 14_000, false),
            new Model("Skoda", "Octavia", "TMB", 15_000, 26_000, false),
            new Model("Seat", "Ibiza", "VSS", 10_000, 17_000, false),
            new Model("Kia", "Sportage", "U5Y", 18_000, 30_000, false),
            new Model("Hyundai", "Tucson", "TMA", 18_000, 31_000, false),
            new Model("BMW", "Série 1", "WBA", 18_000, 32_000, false),
            new Model("Audi", "A3 Sportback", "WAU", 19_000, 33_000, false),
            new Model("Mercedes-Benz", "Classe A", "WDD", 20_000, 35_000, false),
            new Model("Tesla", "Model 3", "LRW", 27_000, 42_000, true),
            new Model("Porsche", "Macan", "WP1", 45_000, 75_000, true));

    private VehicleCatalog() {
    }
}
