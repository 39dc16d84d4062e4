var stats = {
    type: "GROUP",
name: "All Requests",
path: "",
pathFormatted: "group_missing-name--1146707516",
stats: {
    "name": "All Requests",
    "numberOfRequests": {
        "total": "15500",
        "ok": "15493",
        "ko": "7"
    },
    "minResponseTime": {
        "total": "3",
        "ok": "3",
        "ko": "407"
    },
    "maxResponseTime": {
        "total": "11122",
        "ok": "11122",
        "ko": "1363"
    },
    "meanResponseTime": {
        "total": "448",
        "ok": "448",
        "ko": "739"
    },
    "standardDeviation": {
        "total": "867",
        "ok": "867",
        "ko": "341"
    },
    "percentiles1": {
        "total": "155",
        "ok": "155",
        "ko": "512"
    },
    "percentiles2": {
        "total": "444",
        "ok": "443",
        "ko": "999"
    },
    "percentiles3": {
        "total": "1913",
        "ok": "1915",
        "ko": "1363"
    },
    "percentiles4": {
        "total": "5158",
        "ok": "5019",
        "ko": "1363"
    },
    "group1": {
    "name": "t < 800 ms",
    "htmlName": "t < 800 ms",
    "count": 13268,
    "percentage": 85.6
},
    "group2": {
    "name": "800 ms <= t < 1200 ms",
    "htmlName": "t >= 800 ms <br> t < 1200 ms",
    "count": 823,
    "percentage": 5.309677419354839
},
    "group3": {
    "name": "t >= 1200 ms",
    "htmlName": "t >= 1200 ms",
    "count": 1402,
    "percentage": 9.04516129032258
},
    "group4": {
    "name": "failed",
    "htmlName": "failed",
    "count": 7,
    "percentage": 0.04516129032258064
},
    "meanNumberOfRequestsPerSecond": {
        "total": "22.02",
        "ok": "22.01",
        "ko": "0.01"
    }
},
contents: {
"group_sign-in-2088202856": {
          type: "GROUP",
name: "sign in",
path: "sign in",
pathFormatted: "group_sign-in-2088202856",
stats: {
    "name": "sign in",
    "numberOfRequests": {
        "total": "200",
        "ok": "200",
        "ko": "0"
    },
    "minResponseTime": {
        "total": "115",
        "ok": "115",
        "ko": "-"
    },
    "maxResponseTime": {
        "total": "2797",
        "ok": "2797",
        "ko": "-"
    },
    "meanResponseTime": {
        "total": "641",
        "ok": "641",
        "ko": "-"
    },
    "standardDeviation": {
        "total": "621",
        "ok": "621",
        "ko": "-"
    },
    "percentiles1": {
        "total": "350",
        "ok": "350",
        "ko": "-"
    },
    "percentiles2": {
        "total": "886",
        "ok": "886",
        "ko": "-"
    },
    "percentiles3": {
        "total": "2149",
        "ok": "2149",
        "ko": "-"
    },
    "percentiles4": {
        "total": "2686",
        "ok": "2686",
        "ko": "-"
    },
    "group1": {
    "name": "t < 800 ms",
    "htmlName": "t < 800 ms",
    "count": 140,
    "percentage": 70.0
},
    "group2": {
    "name": "800 ms <= t < 1200 ms",
    "htmlName": "t >= 800 ms <br> t < 1200 ms",
    "count": 26,
    "percentage": 13.0
},
    "group3": {
    "name": "t >= 1200 ms",
    "htmlName": "t >= 1200 ms",
    "count": 34,
    "percentage": 17.0
},
    "group4": {
    "name": "failed",
    "htmlName": "failed",
    "count": 0,
    "percentage": 0.0
},
    "meanNumberOfRequestsPerSecond": {
        "total": "0.28",
        "ok": "0.28",
        "ko": "-"
    }
},
contents: {
"req_csrf-cookie-128430944": {
        type: "REQUEST",
        name: "csrf cookie",
path: "sign in / csrf cookie",
pathFormatted: "req_sign-in---csrf--441377079",
stats: {
    "name": "csrf cookie",
    "numberOfRequests": {
        "total": "200",
        "ok": "200",
        "ko": "0"
    },
    "minResponseTime": {
        "total": "4",
        "ok": "4",
        "ko": "-"
    },
    "maxResponseTime": {
        "total": "558",
        "ok": "558",
        "ko": "-"
    },
    "meanResponseTime": {
        "total": "33",
        "ok": "33",
        "ko": "-"
    },
    "standardDeviation": {
        "total": "55",
        "ok": "55",
        "ko": "-"
    },
    "percentiles1": {
        "total": "15",
        "ok": "15",
        "ko": "-"
    },
    "percentiles2": {
        "total": "33",
        "ok": "33",
        "ko": "-"
    },
    "percentiles3": {
        "total": "114",
        "ok": "114",
        "ko": "-"
    },
    "percentiles4": {
        "total": "329",
        "ok": "329",
        "ko": "-"
    },
    "group1": {
    "name": "t < 800 ms",
    "htmlName": "t < 800 ms",
    "count": 200,
    "percentage": 100.0
},
    "group2": {
    "name": "800 ms <= t < 1200 ms",
    "htmlName": "t >= 800 ms <br> t < 1200 ms",
    "count": 0,
    "percentage": 0.0
},
    "group3": {
    "name": "t >= 1200 ms",
    "htmlName": "t >= 1200 ms",
    "count": 0,
    "percentage": 0.0
},
    "group4": {
    "name": "failed",
    "htmlName": "failed",
    "count": 0,
    "percentage": 0.0
},
    "meanNumberOfRequestsPerSecond": {
        "total": "0.28",
        "ok": "0.28",
        "ko": "-"
    }
}
    },"req_sign-in-2088202856": {
        type: "REQUEST",
        name: "sign in",
path: "sign in / sign in",
pathFormatted: "req_sign-in---sign--580199359",
stats: {
    "name": "sign in",
    "numberOfRequests": {
        "total": "200",
        "ok": "200",
        "ko": "0"
    },
    "minResponseTime": {
        "total": "93",
        "ok": "93",
        "ko": "-"
    },
    "maxResponseTime": {
        "total": "2514",
        "ok": "2514",
        "ko": "-"
    },
    "meanResponseTime": {
        "total": "527",
        "ok": "527",
        "ko": "-"
    },
    "standardDeviation": {
        "total": "523",
        "ok": "523",
        "ko": "-"
    },
    "percentiles1": {
        "total": "275",
        "ok": "275",
        "ko": "-"
    },
    "percentiles2": {
        "total": "720",
        "ok": "720",
        "ko": "-"
    },
    "percentiles3": {
        "total": "1765",
        "ok": "1765",
        "ko": "-"
    },
    "percentiles4": {
        "total": "2237",
        "ok": "2237",
        "ko": "-"
    },
    "group1": {
    "name": "t < 800 ms",
    "htmlName": "t < 800 ms",
    "count": 159,
    "percentage": 79.5
},
    "group2": {
    "name": "800 ms <= t < 1200 ms",
    "htmlName": "t >= 800 ms <br> t < 1200 ms",
    "count": 19,
    "percentage": 9.5
},
    "group3": {
    "name": "t >= 1200 ms",
    "htmlName": "t >= 1200 ms",
    "count": 22,
    "percentage": 11.0
},
    "group4": {
    "name": "failed",
    "htmlName": "failed",
    "count": 0,
    "percentage": 0.0
},
    "meanNumberOfRequestsPerSecond": {
        "total": "0.28",
        "ok": "0.28",
        "ko": "-"
    }
}
    },"req_me-3480": {
        type: "REQUEST",
        name: "me",
path: "sign in / me",
pathFormatted: "req_sign-in---me--240082463",
stats: {
    "name": "me",
    "numberOfRequests": {
        "total": "200",
        "ok": "200",
        "ko": "0"
    },
    "minResponseTime": {
        "total": "7",
        "ok": "7",
        "ko": "-"
    },
    "maxResponseTime": {
        "total": "541",
        "ok": "541",
        "ko": "-"
    },
    "meanResponseTime": {
        "total": "81",
        "ok": "81",
        "ko": "-"
    },
    "standardDeviation": {
        "total": "97",
        "ok": "97",
        "ko": "-"
    },
    "percentiles1": {
        "total": "41",
        "ok": "41",
        "ko": "-"
    },
    "percentiles2": {
        "total": "101",
        "ok": "101",
        "ko": "-"
    },
    "percentiles3": {
        "total": "302",
        "ok": "309",
        "ko": "-"
    },
    "percentiles4": {
        "total": "455",
        "ok": "448",
        "ko": "-"
    },
    "group1": {
    "name": "t < 800 ms",
    "htmlName": "t < 800 ms",
    "count": 200,
    "percentage": 100.0
},
    "group2": {
    "name": "800 ms <= t < 1200 ms",
    "htmlName": "t >= 800 ms <br> t < 1200 ms",
    "count": 0,
    "percentage": 0.0
},
    "group3": {
    "name": "t >= 1200 ms",
    "htmlName": "t >= 1200 ms",
    "count": 0,
    "percentage": 0.0
},
    "group4": {
    "name": "failed",
    "htmlName": "failed",
    "count": 0,
    "percentage": 0.0
},
    "meanNumberOfRequestsPerSecond": {
        "total": "0.28",
        "ok": "0.28",
        "ko": "-"
    }
}
    }
}

     },"group_inbox-100344454": {
          type: "GROUP",
name: "inbox",
path: "inbox",
pathFormatted: "group_inbox-100344454",
stats: {
    "name": "inbox",
    "numberOfRequests": {
        "total": "1957",
        "ok": "1957",
        "ko": "0"
    },
    "minResponseTime": {
        "total": "14",
        "ok": "14",
        "ko": "-"
    },
    "maxResponseTime": {
        "total": "6674",
        "ok": "6674",
        "ko": "-"
    },
    "meanResponseTime": {
        "total": "521",
        "ok": "521",
        "ko": "-"
    },
    "standardDeviation": {
        "total": "731",
        "ok": "731",
        "ko": "-"
    },
    "percentiles1": {
        "total": "247",
        "ok": "247",
        "ko": "-"
    },
    "percentiles2": {
        "total": "605",
        "ok": "606",
        "ko": "-"
    },
    "percentiles3": {
        "total": "2068",
        "ok": "2128",
        "ko": "-"
    },
    "percentiles4": {
        "total": "3520",
        "ok": "3694",
        "ko": "-"
    },
    "group1": {
    "name": "t < 800 ms",
    "htmlName": "t < 800 ms",
    "count": 1574,
    "percentage": 80.4292284108329
},
    "group2": {
    "name": "800 ms <= t < 1200 ms",
    "htmlName": "t >= 800 ms <br> t < 1200 ms",
    "count": 141,
    "percentage": 7.2049054675523765
},
    "group3": {
    "name": "t >= 1200 ms",
    "htmlName": "t >= 1200 ms",
    "count": 242,
    "percentage": 12.365866121614715
},
    "group4": {
    "name": "failed",
    "htmlName": "failed",
    "count": 0,
    "percentage": 0.0
},
    "meanNumberOfRequestsPerSecond": {
        "total": "2.78",
        "ok": "2.78",
        "ko": "-"
    }
},
contents: {
"req_inbox-list-1783177720": {
        type: "REQUEST",
        name: "inbox list",
path: "inbox / inbox list",
pathFormatted: "req_inbox---inbox-l--1180611101",
stats: {
    "name": "inbox list",
    "numberOfRequests": {
        "total": "1957",
        "ok": "1957",
        "ko": "0"
    },
    "minResponseTime": {
        "total": "9",
        "ok": "9",
        "ko": "-"
    },
    "maxResponseTime": {
        "total": "4841",
        "ok": "4841",
        "ko": "-"
    },
    "meanResponseTime": {
        "total": "332",
        "ok": "332",
        "ko": "-"
    },
    "standardDeviation": {
        "total": "505",
        "ok": "505",
        "ko": "-"
    },
    "percentiles1": {
        "total": "150",
        "ok": "150",
        "ko": "-"
    },
    "percentiles2": {
        "total": "371",
        "ok": "373",
        "ko": "-"
    },
    "percentiles3": {
        "total": "1351",
        "ok": "1347",
        "ko": "-"
    },
    "percentiles4": {
        "total": "2482",
        "ok": "2800",
        "ko": "-"
    },
    "group1": {
    "name": "t < 800 ms",
    "htmlName": "t < 800 ms",
    "count": 1741,
    "percentage": 88.9626980071538
},
    "group2": {
    "name": "800 ms <= t < 1200 ms",
    "htmlName": "t >= 800 ms <br> t < 1200 ms",
    "count": 100,
    "percentage": 5.109862033725089
},
    "group3": {
    "name": "t >= 1200 ms",
    "htmlName": "t >= 1200 ms",
    "count": 116,
    "percentage": 5.927439959121104
},
    "group4": {
    "name": "failed",
    "htmlName": "failed",
    "count": 0,
    "percentage": 0.0
},
    "meanNumberOfRequestsPerSecond": {
        "total": "2.78",
        "ok": "2.78",
        "ko": "-"
    }
}
    },"req_inbox-step-coun--323786114": {
        type: "REQUEST",
        name: "inbox step counts",
path: "inbox / inbox step counts",
pathFormatted: "req_inbox---inbox-s-1486426163",
stats: {
    "name": "inbox step counts",
    "numberOfRequests": {
        "total": "1957",
        "ok": "1957",
        "ko": "0"
    },
    "minResponseTime": {
        "total": "3",
        "ok": "3",
        "ko": "-"
    },
    "maxResponseTime": {
        "total": "3299",
        "ok": "3299",
        "ko": "-"
    },
    "meanResponseTime": {
        "total": "190",
        "ok": "190",
        "ko": "-"
    },
    "standardDeviation": {
        "total": "332",
        "ok": "332",
        "ko": "-"
    },
    "percentiles1": {
        "total": "73",
        "ok": "73",
        "ko": "-"
    },
    "percentiles2": {
        "total": "191",
        "ok": "191",
        "ko": "-"
    },
    "percentiles3": {
        "total": "814",
        "ok": "793",
        "ko": "-"
    },
    "percentiles4": {
        "total": "1727",
        "ok": "1570",
        "ko": "-"
    },
    "group1": {
    "name": "t < 800 ms",
    "htmlName": "t < 800 ms",
    "count": 1856,
    "percentage": 94.83903934593766
},
    "group2": {
    "name": "800 ms <= t < 1200 ms",
    "htmlName": "t >= 800 ms <br> t < 1200 ms",
    "count": 55,
    "percentage": 2.810424118548799
},
    "group3": {
    "name": "t >= 1200 ms",
    "htmlName": "t >= 1200 ms",
    "count": 46,
    "percentage": 2.350536535513541
},
    "group4": {
    "name": "failed",
    "htmlName": "failed",
    "count": 0,
    "percentage": 0.0
},
    "meanNumberOfRequestsPerSecond": {
        "total": "2.78",
        "ok": "2.78",
        "ko": "-"
    }
}
    }
}

     },"group_care-roster--1942538630": {
          type: "GROUP",
name: "care roster",
path: "care roster",
pathFormatted: "group_care-roster--1942538630",
stats: {
    "name": "care roster",
    "numberOfRequests": {
        "total": "286",
        "ok": "286",
        "ko": "0"
    },
    "minResponseTime": {
        "total": "10",
        "ok": "10",
        "ko": "-"
    },
    "maxResponseTime": {
        "total": "5044",
        "ok": "5044",
        "ko": "-"
    },
    "meanResponseTime": {
        "total": "329",
        "ok": "329",
        "ko": "-"
    },
    "standardDeviation": {
        "total": "575",
        "ok": "575",
        "ko": "-"
    },
    "percentiles1": {
        "total": "143",
        "ok": "143",
        "ko": "-"
    },
    "percentiles2": {
        "total": "326",
        "ok": "326",
        "ko": "-"
    },
    "percentiles3": {
        "total": "1413",
        "ok": "1386",
        "ko": "-"
    },
    "percentiles4": {
        "total": "2943",
        "ok": "2943",
        "ko": "-"
    },
    "group1": {
    "name": "t < 800 ms",
    "htmlName": "t < 800 ms",
    "count": 258,
    "percentage": 90.20979020979021
},
    "group2": {
    "name": "800 ms <= t < 1200 ms",
    "htmlName": "t >= 800 ms <br> t < 1200 ms",
    "count": 12,
    "percentage": 4.195804195804196
},
    "group3": {
    "name": "t >= 1200 ms",
    "htmlName": "t >= 1200 ms",
    "count": 16,
    "percentage": 5.594405594405594
},
    "group4": {
    "name": "failed",
    "htmlName": "failed",
    "count": 0,
    "percentage": 0.0
},
    "meanNumberOfRequestsPerSecond": {
        "total": "0.41",
        "ok": "0.41",
        "ko": "-"
    }
},
contents: {
"req_care-roster--1942538630": {
        type: "REQUEST",
        name: "care roster",
path: "care roster / care roster",
pathFormatted: "req_care-roster---c-52732131",
stats: {
    "name": "care roster",
    "numberOfRequests": {
        "total": "286",
        "ok": "286",
        "ko": "0"
    },
    "minResponseTime": {
        "total": "10",
        "ok": "10",
        "ko": "-"
    },
    "maxResponseTime": {
        "total": "5044",
        "ok": "5044",
        "ko": "-"
    },
    "meanResponseTime": {
        "total": "329",
        "ok": "329",
        "ko": "-"
    },
    "standardDeviation": {
        "total": "575",
        "ok": "575",
        "ko": "-"
    },
    "percentiles1": {
        "total": "143",
        "ok": "143",
        "ko": "-"
    },
    "percentiles2": {
        "total": "326",
        "ok": "326",
        "ko": "-"
    },
    "percentiles3": {
        "total": "1413",
        "ok": "1413",
        "ko": "-"
    },
    "percentiles4": {
        "total": "2943",
        "ok": "2943",
        "ko": "-"
    },
    "group1": {
    "name": "t < 800 ms",
    "htmlName": "t < 800 ms",
    "count": 258,
    "percentage": 90.20979020979021
},
    "group2": {
    "name": "800 ms <= t < 1200 ms",
    "htmlName": "t >= 800 ms <br> t < 1200 ms",
    "count": 12,
    "percentage": 4.195804195804196
},
    "group3": {
    "name": "t >= 1200 ms",
    "htmlName": "t >= 1200 ms",
    "count": 16,
    "percentage": 5.594405594405594
},
    "group4": {
    "name": "failed",
    "htmlName": "failed",
    "count": 0,
    "percentage": 0.0
},
    "meanNumberOfRequestsPerSecond": {
        "total": "0.41",
        "ok": "0.41",
        "ko": "-"
    }
}
    }
}

     },"group_deliveries-to-c--508203159": {
          type: "GROUP",
name: "deliveries to confirm",
path: "deliveries to confirm",
pathFormatted: "group_deliveries-to-c--508203159",
stats: {
    "name": "deliveries to confirm",
    "numberOfRequests": {
        "total": "439",
        "ok": "439",
        "ko": "0"
    },
    "minResponseTime": {
        "total": "9",
        "ok": "9",
        "ko": "-"
    },
    "maxResponseTime": {
        "total": "6595",
        "ok": "6595",
        "ko": "-"
    },
    "meanResponseTime": {
        "total": "444",
        "ok": "444",
        "ko": "-"
    },
    "standardDeviation": {
        "total": "760",
        "ok": "760",
        "ko": "-"
    },
    "percentiles1": {
        "total": "174",
        "ok": "174",
        "ko": "-"
    },
    "percentiles2": {
        "total": "475",
        "ok": "475",
        "ko": "-"
    },
    "percentiles3": {
        "total": "1641",
        "ok": "1641",
        "ko": "-"
    },
    "percentiles4": {
        "total": "4183",
        "ok": "4183",
        "ko": "-"
    },
    "group1": {
    "name": "t < 800 ms",
    "htmlName": "t < 800 ms",
    "count": 377,
    "percentage": 85.87699316628702
},
    "group2": {
    "name": "800 ms <= t < 1200 ms",
    "htmlName": "t >= 800 ms <br> t < 1200 ms",
    "count": 20,
    "percentage": 4.555808656036446
},
    "group3": {
    "name": "t >= 1200 ms",
    "htmlName": "t >= 1200 ms",
    "count": 42,
    "percentage": 9.567198177676538
},
    "group4": {
    "name": "failed",
    "htmlName": "failed",
    "count": 0,
    "percentage": 0.0
},
    "meanNumberOfRequestsPerSecond": {
        "total": "0.62",
        "ok": "0.62",
        "ko": "-"
    }
},
contents: {
"req_deliveries-to-c--508203159": {
        type: "REQUEST",
        name: "deliveries to confirm",
path: "deliveries to confirm / deliveries to confirm",
pathFormatted: "req_deliveries-to-c-1302447745",
stats: {
    "name": "deliveries to confirm",
    "numberOfRequests": {
        "total": "439",
        "ok": "439",
        "ko": "0"
    },
    "minResponseTime": {
        "total": "9",
        "ok": "9",
        "ko": "-"
    },
    "maxResponseTime": {
        "total": "6595",
        "ok": "6595",
        "ko": "-"
    },
    "meanResponseTime": {
        "total": "444",
        "ok": "444",
        "ko": "-"
    },
    "standardDeviation": {
        "total": "760",
        "ok": "760",
        "ko": "-"
    },
    "percentiles1": {
        "total": "174",
        "ok": "174",
        "ko": "-"
    },
    "percentiles2": {
        "total": "475",
        "ok": "475",
        "ko": "-"
    },
    "percentiles3": {
        "total": "1641",
        "ok": "1641",
        "ko": "-"
    },
    "percentiles4": {
        "total": "4183",
        "ok": "4183",
        "ko": "-"
    },
    "group1": {
    "name": "t < 800 ms",
    "htmlName": "t < 800 ms",
    "count": 377,
    "percentage": 85.87699316628702
},
    "group2": {
    "name": "800 ms <= t < 1200 ms",
    "htmlName": "t >= 800 ms <br> t < 1200 ms",
    "count": 20,
    "percentage": 4.555808656036446
},
    "group3": {
    "name": "t >= 1200 ms",
    "htmlName": "t >= 1200 ms",
    "count": 42,
    "percentage": 9.567198177676538
},
    "group4": {
    "name": "failed",
    "htmlName": "failed",
    "count": 0,
    "percentage": 0.0
},
    "meanNumberOfRequestsPerSecond": {
        "total": "0.62",
        "ok": "0.62",
        "ko": "-"
    }
}
    }
}

     },"group_inbox-search-138012802": {
          type: "GROUP",
name: "inbox search",
path: "inbox search",
pathFormatted: "group_inbox-search-138012802",
stats: {
    "name": "inbox search",
    "numberOfRequests": {
        "total": "1957",
        "ok": "1957",
        "ko": "0"
    },
    "minResponseTime": {
        "total": "5",
        "ok": "5",
        "ko": "-"
    },
    "maxResponseTime": {
        "total": "4988",
        "ok": "4988",
        "ko": "-"
    },
    "meanResponseTime": {
        "total": "300",
        "ok": "300",
        "ko": "-"
    },
    "standardDeviation": {
        "total": "503",
        "ok": "503",
        "ko": "-"
    },
    "percentiles1": {
        "total": "120",
        "ok": "120",
        "ko": "-"
    },
    "percentiles2": {
        "total": "322",
        "ok": "322",
        "ko": "-"
    },
    "percentiles3": {
        "total": "1277",
        "ok": "1277",
        "ko": "-"
    },
    "percentiles4": {
        "total": "2330",
        "ok": "2330",
        "ko": "-"
    },
    "group1": {
    "name": "t < 800 ms",
    "htmlName": "t < 800 ms",
    "count": 1762,
    "percentage": 90.03576903423608
},
    "group2": {
    "name": "800 ms <= t < 1200 ms",
    "htmlName": "t >= 800 ms <br> t < 1200 ms",
    "count": 97,
    "percentage": 4.9565661727133365
},
    "group3": {
    "name": "t >= 1200 ms",
    "htmlName": "t >= 1200 ms",
    "count": 98,
    "percentage": 5.007664793050588
},
    "group4": {
    "name": "failed",
    "htmlName": "failed",
    "count": 0,
    "percentage": 0.0
},
    "meanNumberOfRequestsPerSecond": {
        "total": "2.78",
        "ok": "2.78",
        "ko": "-"
    }
},
contents: {
"req_inbox-search-138012802": {
        type: "REQUEST",
        name: "inbox search",
path: "inbox search / inbox search",
pathFormatted: "req_inbox-search-----1484011471",
stats: {
    "name": "inbox search",
    "numberOfRequests": {
        "total": "1957",
        "ok": "1957",
        "ko": "0"
    },
    "minResponseTime": {
        "total": "5",
        "ok": "5",
        "ko": "-"
    },
    "maxResponseTime": {
        "total": "4988",
        "ok": "4988",
        "ko": "-"
    },
    "meanResponseTime": {
        "total": "300",
        "ok": "300",
        "ko": "-"
    },
    "standardDeviation": {
        "total": "503",
        "ok": "503",
        "ko": "-"
    },
    "percentiles1": {
        "total": "121",
        "ok": "121",
        "ko": "-"
    },
    "percentiles2": {
        "total": "322",
        "ok": "322",
        "ko": "-"
    },
    "percentiles3": {
        "total": "1266",
        "ok": "1272",
        "ko": "-"
    },
    "percentiles4": {
        "total": "2589",
        "ok": "2571",
        "ko": "-"
    },
    "group1": {
    "name": "t < 800 ms",
    "htmlName": "t < 800 ms",
    "count": 1762,
    "percentage": 90.03576903423608
},
    "group2": {
    "name": "800 ms <= t < 1200 ms",
    "htmlName": "t >= 800 ms <br> t < 1200 ms",
    "count": 97,
    "percentage": 4.9565661727133365
},
    "group3": {
    "name": "t >= 1200 ms",
    "htmlName": "t >= 1200 ms",
    "count": 98,
    "percentage": 5.007664793050588
},
    "group4": {
    "name": "failed",
    "htmlName": "failed",
    "count": 0,
    "percentage": 0.0
},
    "meanNumberOfRequestsPerSecond": {
        "total": "2.78",
        "ok": "2.78",
        "ko": "-"
    }
}
    }
}

     },"group_provider-today--482623406": {
          type: "GROUP",
name: "provider today",
path: "provider today",
pathFormatted: "group_provider-today--482623406",
stats: {
    "name": "provider today",
    "numberOfRequests": {
        "total": "155",
        "ok": "155",
        "ko": "0"
    },
    "minResponseTime": {
        "total": "18",
        "ok": "18",
        "ko": "-"
    },
    "maxResponseTime": {
        "total": "2421",
        "ok": "2421",
        "ko": "-"
    },
    "meanResponseTime": {
        "total": "516",
        "ok": "516",
        "ko": "-"
    },
    "standardDeviation": {
        "total": "516",
        "ok": "516",
        "ko": "-"
    },
    "percentiles1": {
        "total": "357",
        "ok": "357",
        "ko": "-"
    },
    "percentiles2": {
        "total": "668",
        "ok": "668",
        "ko": "-"
    },
    "percentiles3": {
        "total": "1615",
        "ok": "1615",
        "ko": "-"
    },
    "percentiles4": {
        "total": "2327",
        "ok": "2327",
        "ko": "-"
    },
    "group1": {
    "name": "t < 800 ms",
    "htmlName": "t < 800 ms",
    "count": 122,
    "percentage": 78.70967741935485
},
    "group2": {
    "name": "800 ms <= t < 1200 ms",
    "htmlName": "t >= 800 ms <br> t < 1200 ms",
    "count": 15,
    "percentage": 9.67741935483871
},
    "group3": {
    "name": "t >= 1200 ms",
    "htmlName": "t >= 1200 ms",
    "count": 18,
    "percentage": 11.612903225806452
},
    "group4": {
    "name": "failed",
    "htmlName": "failed",
    "count": 0,
    "percentage": 0.0
},
    "meanNumberOfRequestsPerSecond": {
        "total": "0.22",
        "ok": "0.22",
        "ko": "-"
    }
},
contents: {
"req_provider-today--482623406": {
        type: "REQUEST",
        name: "provider today",
path: "provider today / provider today",
pathFormatted: "req_provider-today---1742523791",
stats: {
    "name": "provider today",
    "numberOfRequests": {
        "total": "155",
        "ok": "155",
        "ko": "0"
    },
    "minResponseTime": {
        "total": "18",
        "ok": "18",
        "ko": "-"
    },
    "maxResponseTime": {
        "total": "2421",
        "ok": "2421",
        "ko": "-"
    },
    "meanResponseTime": {
        "total": "516",
        "ok": "516",
        "ko": "-"
    },
    "standardDeviation": {
        "total": "516",
        "ok": "516",
        "ko": "-"
    },
    "percentiles1": {
        "total": "357",
        "ok": "357",
        "ko": "-"
    },
    "percentiles2": {
        "total": "668",
        "ok": "668",
        "ko": "-"
    },
    "percentiles3": {
        "total": "1615",
        "ok": "1615",
        "ko": "-"
    },
    "percentiles4": {
        "total": "2327",
        "ok": "2327",
        "ko": "-"
    },
    "group1": {
    "name": "t < 800 ms",
    "htmlName": "t < 800 ms",
    "count": 122,
    "percentage": 78.70967741935485
},
    "group2": {
    "name": "800 ms <= t < 1200 ms",
    "htmlName": "t >= 800 ms <br> t < 1200 ms",
    "count": 15,
    "percentage": 9.67741935483871
},
    "group3": {
    "name": "t >= 1200 ms",
    "htmlName": "t >= 1200 ms",
    "count": 18,
    "percentage": 11.612903225806452
},
    "group4": {
    "name": "failed",
    "htmlName": "failed",
    "count": 0,
    "percentage": 0.0
},
    "meanNumberOfRequestsPerSecond": {
        "total": "0.22",
        "ok": "0.22",
        "ko": "-"
    }
}
    }
}

     },"group_care-person--2009062588": {
          type: "GROUP",
name: "care person",
path: "care person",
pathFormatted: "group_care-person--2009062588",
stats: {
    "name": "care person",
    "numberOfRequests": {
        "total": "286",
        "ok": "286",
        "ko": "0"
    },
    "minResponseTime": {
        "total": "12",
        "ok": "12",
        "ko": "-"
    },
    "maxResponseTime": {
        "total": "7821",
        "ok": "7821",
        "ko": "-"
    },
    "meanResponseTime": {
        "total": "541",
        "ok": "541",
        "ko": "-"
    },
    "standardDeviation": {
        "total": "898",
        "ok": "898",
        "ko": "-"
    },
    "percentiles1": {
        "total": "257",
        "ok": "257",
        "ko": "-"
    },
    "percentiles2": {
        "total": "629",
        "ok": "629",
        "ko": "-"
    },
    "percentiles3": {
        "total": "1910",
        "ok": "1910",
        "ko": "-"
    },
    "percentiles4": {
        "total": "4228",
        "ok": "4228",
        "ko": "-"
    },
    "group1": {
    "name": "t < 800 ms",
    "htmlName": "t < 800 ms",
    "count": 238,
    "percentage": 83.21678321678321
},
    "group2": {
    "name": "800 ms <= t < 1200 ms",
    "htmlName": "t >= 800 ms <br> t < 1200 ms",
    "count": 16,
    "percentage": 5.594405594405594
},
    "group3": {
    "name": "t >= 1200 ms",
    "htmlName": "t >= 1200 ms",
    "count": 32,
    "percentage": 11.188811188811188
},
    "group4": {
    "name": "failed",
    "htmlName": "failed",
    "count": 0,
    "percentage": 0.0
},
    "meanNumberOfRequestsPerSecond": {
        "total": "0.41",
        "ok": "0.41",
        "ko": "-"
    }
},
contents: {
"req_care-person--2009062588": {
        type: "REQUEST",
        name: "care person",
path: "care person / care person",
pathFormatted: "req_care-person---c-2051756279",
stats: {
    "name": "care person",
    "numberOfRequests": {
        "total": "286",
        "ok": "286",
        "ko": "0"
    },
    "minResponseTime": {
        "total": "12",
        "ok": "12",
        "ko": "-"
    },
    "maxResponseTime": {
        "total": "7821",
        "ok": "7821",
        "ko": "-"
    },
    "meanResponseTime": {
        "total": "541",
        "ok": "541",
        "ko": "-"
    },
    "standardDeviation": {
        "total": "898",
        "ok": "898",
        "ko": "-"
    },
    "percentiles1": {
        "total": "257",
        "ok": "257",
        "ko": "-"
    },
    "percentiles2": {
        "total": "629",
        "ok": "629",
        "ko": "-"
    },
    "percentiles3": {
        "total": "1910",
        "ok": "1910",
        "ko": "-"
    },
    "percentiles4": {
        "total": "4228",
        "ok": "4228",
        "ko": "-"
    },
    "group1": {
    "name": "t < 800 ms",
    "htmlName": "t < 800 ms",
    "count": 238,
    "percentage": 83.21678321678321
},
    "group2": {
    "name": "800 ms <= t < 1200 ms",
    "htmlName": "t >= 800 ms <br> t < 1200 ms",
    "count": 16,
    "percentage": 5.594405594405594
},
    "group3": {
    "name": "t >= 1200 ms",
    "htmlName": "t >= 1200 ms",
    "count": 32,
    "percentage": 11.188811188811188
},
    "group4": {
    "name": "failed",
    "htmlName": "failed",
    "count": 0,
    "percentage": 0.0
},
    "meanNumberOfRequestsPerSecond": {
        "total": "0.41",
        "ok": "0.41",
        "ko": "-"
    }
}
    }
}

     },"group_open-task-1488149915": {
          type: "GROUP",
name: "open task",
path: "open task",
pathFormatted: "group_open-task-1488149915",
stats: {
    "name": "open task",
    "numberOfRequests": {
        "total": "2427",
        "ok": "2425",
        "ko": "2"
    },
    "minResponseTime": {
        "total": "7",
        "ok": "7",
        "ko": "1943"
    },
    "maxResponseTime": {
        "total": "10759",
        "ok": "10759",
        "ko": "2278"
    },
    "meanResponseTime": {
        "total": "759",
        "ok": "758",
        "ko": "2111"
    },
    "standardDeviation": {
        "total": "1133",
        "ok": "1133",
        "ko": "168"
    },
    "percentiles1": {
        "total": "334",
        "ok": "333",
        "ko": "2278"
    },
    "percentiles2": {
        "total": "902",
        "ok": "900",
        "ko": "2278"
    },
    "percentiles3": {
        "total": "3075",
        "ok": "3086",
        "ko": "2278"
    },
    "percentiles4": {
        "total": "5475",
        "ok": "5486",
        "ko": "2278"
    },
    "group1": {
    "name": "t < 800 ms",
    "htmlName": "t < 800 ms",
    "count": 1755,
    "percentage": 72.3114956736712
},
    "group2": {
    "name": "800 ms <= t < 1200 ms",
    "htmlName": "t >= 800 ms <br> t < 1200 ms",
    "count": 234,
    "percentage": 9.641532756489493
},
    "group3": {
    "name": "t >= 1200 ms",
    "htmlName": "t >= 1200 ms",
    "count": 436,
    "percentage": 17.96456530696333
},
    "group4": {
    "name": "failed",
    "htmlName": "failed",
    "count": 2,
    "percentage": 0.08240626287597858
},
    "meanNumberOfRequestsPerSecond": {
        "total": "3.45",
        "ok": "3.44",
        "ko": "0"
    }
},
contents: {
"req_task-3552645": {
        type: "REQUEST",
        name: "task",
path: "open task / task",
pathFormatted: "req_open-task---tas--1450934021",
stats: {
    "name": "task",
    "numberOfRequests": {
        "total": "1443",
        "ok": "1441",
        "ko": "2"
    },
    "minResponseTime": {
        "total": "9",
        "ok": "9",
        "ko": "999"
    },
    "maxResponseTime": {
        "total": "5228",
        "ok": "5228",
        "ko": "1363"
    },
    "meanResponseTime": {
        "total": "341",
        "ok": "340",
        "ko": "1181"
    },
    "standardDeviation": {
        "total": "528",
        "ok": "528",
        "ko": "182"
    },
    "percentiles1": {
        "total": "156",
        "ok": "156",
        "ko": "1363"
    },
    "percentiles2": {
        "total": "399",
        "ok": "397",
        "ko": "1363"
    },
    "percentiles3": {
        "total": "1315",
        "ok": "1315",
        "ko": "1363"
    },
    "percentiles4": {
        "total": "2779",
        "ok": "2750",
        "ko": "1363"
    },
    "group1": {
    "name": "t < 800 ms",
    "htmlName": "t < 800 ms",
    "count": 1291,
    "percentage": 89.46638946638946
},
    "group2": {
    "name": "800 ms <= t < 1200 ms",
    "htmlName": "t >= 800 ms <br> t < 1200 ms",
    "count": 67,
    "percentage": 4.643104643104643
},
    "group3": {
    "name": "t >= 1200 ms",
    "htmlName": "t >= 1200 ms",
    "count": 83,
    "percentage": 5.751905751905752
},
    "group4": {
    "name": "failed",
    "htmlName": "failed",
    "count": 2,
    "percentage": 0.1386001386001386
},
    "meanNumberOfRequestsPerSecond": {
        "total": "2.05",
        "ok": "2.05",
        "ko": "0"
    }
}
    },"req_task-subject-697225617": {
        type: "REQUEST",
        name: "task subject",
path: "open task / task subject",
pathFormatted: "req_open-task---tas-149767943",
stats: {
    "name": "task subject",
    "numberOfRequests": {
        "total": "1443",
        "ok": "1441",
        "ko": "2"
    },
    "minResponseTime": {
        "total": "15",
        "ok": "15",
        "ko": "432"
    },
    "maxResponseTime": {
        "total": "6664",
        "ok": "6664",
        "ko": "508"
    },
    "meanResponseTime": {
        "total": "480",
        "ok": "480",
        "ko": "470"
    },
    "standardDeviation": {
        "total": "662",
        "ok": "662",
        "ko": "38"
    },
    "percentiles1": {
        "total": "245",
        "ok": "244",
        "ko": "508"
    },
    "percentiles2": {
        "total": "572",
        "ok": "573",
        "ko": "508"
    },
    "percentiles3": {
        "total": "1735",
        "ok": "1736",
        "ko": "508"
    },
    "percentiles4": {
        "total": "3376",
        "ok": "3378",
        "ko": "508"
    },
    "group1": {
    "name": "t < 800 ms",
    "htmlName": "t < 800 ms",
    "count": 1187,
    "percentage": 82.25918225918227
},
    "group2": {
    "name": "800 ms <= t < 1200 ms",
    "htmlName": "t >= 800 ms <br> t < 1200 ms",
    "count": 108,
    "percentage": 7.484407484407485
},
    "group3": {
    "name": "t >= 1200 ms",
    "htmlName": "t >= 1200 ms",
    "count": 146,
    "percentage": 10.117810117810118
},
    "group4": {
    "name": "failed",
    "htmlName": "failed",
    "count": 2,
    "percentage": 0.1386001386001386
},
    "meanNumberOfRequestsPerSecond": {
        "total": "2.05",
        "ok": "2.05",
        "ko": "0"
    }
}
    },"req_task-diagram--74977992": {
        type: "REQUEST",
        name: "task diagram",
path: "open task / task diagram",
pathFormatted: "req_open-task---tas--622435666",
stats: {
    "name": "task diagram",
    "numberOfRequests": {
        "total": "1443",
        "ok": "1441",
        "ko": "2"
    },
    "minResponseTime": {
        "total": "6",
        "ok": "6",
        "ko": "407"
    },
    "maxResponseTime": {
        "total": "4182",
        "ok": "4182",
        "ko": "512"
    },
    "meanResponseTime": {
        "total": "231",
        "ok": "231",
        "ko": "460"
    },
    "standardDeviation": {
        "total": "390",
        "ok": "390",
        "ko": "53"
    },
    "percentiles1": {
        "total": "104",
        "ok": "104",
        "ko": "512"
    },
    "percentiles2": {
        "total": "239",
        "ok": "238",
        "ko": "512"
    },
    "percentiles3": {
        "total": "925",
        "ok": "927",
        "ko": "512"
    },
    "percentiles4": {
        "total": "2497",
        "ok": "2100",
        "ko": "512"
    },
    "group1": {
    "name": "t < 800 ms",
    "htmlName": "t < 800 ms",
    "count": 1346,
    "percentage": 93.27789327789327
},
    "group2": {
    "name": "800 ms <= t < 1200 ms",
    "htmlName": "t >= 800 ms <br> t < 1200 ms",
    "count": 46,
    "percentage": 3.187803187803188
},
    "group3": {
    "name": "t >= 1200 ms",
    "htmlName": "t >= 1200 ms",
    "count": 49,
    "percentage": 3.3957033957033955
},
    "group4": {
    "name": "failed",
    "htmlName": "failed",
    "count": 2,
    "percentage": 0.1386001386001386
},
    "meanNumberOfRequestsPerSecond": {
        "total": "2.05",
        "ok": "2.05",
        "ko": "0"
    }
}
    },"req_inbox-search-ca--142703602": {
        type: "REQUEST",
        name: "inbox search case",
path: "open task / inbox search case",
pathFormatted: "req_open-task---inb-1933379672",
stats: {
    "name": "inbox search case",
    "numberOfRequests": {
        "total": "984",
        "ok": "984",
        "ko": "0"
    },
    "minResponseTime": {
        "total": "7",
        "ok": "7",
        "ko": "-"
    },
    "maxResponseTime": {
        "total": "6257",
        "ok": "6257",
        "ko": "-"
    },
    "meanResponseTime": {
        "total": "329",
        "ok": "329",
        "ko": "-"
    },
    "standardDeviation": {
        "total": "527",
        "ok": "527",
        "ko": "-"
    },
    "percentiles1": {
        "total": "135",
        "ok": "135",
        "ko": "-"
    },
    "percentiles2": {
        "total": "370",
        "ok": "370",
        "ko": "-"
    },
    "percentiles3": {
        "total": "1374",
        "ok": "1356",
        "ko": "-"
    },
    "percentiles4": {
        "total": "2534",
        "ok": "2574",
        "ko": "-"
    },
    "group1": {
    "name": "t < 800 ms",
    "htmlName": "t < 800 ms",
    "count": 876,
    "percentage": 89.02439024390245
},
    "group2": {
    "name": "800 ms <= t < 1200 ms",
    "htmlName": "t >= 800 ms <br> t < 1200 ms",
    "count": 53,
    "percentage": 5.386178861788618
},
    "group3": {
    "name": "t >= 1200 ms",
    "htmlName": "t >= 1200 ms",
    "count": 55,
    "percentage": 5.589430894308943
},
    "group4": {
    "name": "failed",
    "htmlName": "failed",
    "count": 0,
    "percentage": 0.0
},
    "meanNumberOfRequestsPerSecond": {
        "total": "1.4",
        "ok": "1.4",
        "ko": "-"
    }
}
    }
}

     },"group_record-visit-384404668": {
          type: "GROUP",
name: "record visit",
path: "record visit",
pathFormatted: "group_record-visit-384404668",
stats: {
    "name": "record visit",
    "numberOfRequests": {
        "total": "278",
        "ok": "278",
        "ko": "0"
    },
    "minResponseTime": {
        "total": "13",
        "ok": "13",
        "ko": "-"
    },
    "maxResponseTime": {
        "total": "6690",
        "ok": "6690",
        "ko": "-"
    },
    "meanResponseTime": {
        "total": "509",
        "ok": "509",
        "ko": "-"
    },
    "standardDeviation": {
        "total": "705",
        "ok": "705",
        "ko": "-"
    },
    "percentiles1": {
        "total": "287",
        "ok": "287",
        "ko": "-"
    },
    "percentiles2": {
        "total": "640",
        "ok": "640",
        "ko": "-"
    },
    "percentiles3": {
        "total": "1699",
        "ok": "1699",
        "ko": "-"
    },
    "percentiles4": {
        "total": "3157",
        "ok": "3157",
        "ko": "-"
    },
    "group1": {
    "name": "t < 800 ms",
    "htmlName": "t < 800 ms",
    "count": 224,
    "percentage": 80.57553956834532
},
    "group2": {
    "name": "800 ms <= t < 1200 ms",
    "htmlName": "t >= 800 ms <br> t < 1200 ms",
    "count": 23,
    "percentage": 8.273381294964029
},
    "group3": {
    "name": "t >= 1200 ms",
    "htmlName": "t >= 1200 ms",
    "count": 31,
    "percentage": 11.151079136690647
},
    "group4": {
    "name": "failed",
    "htmlName": "failed",
    "count": 0,
    "percentage": 0.0
},
    "meanNumberOfRequestsPerSecond": {
        "total": "0.39",
        "ok": "0.39",
        "ko": "-"
    }
},
contents: {
"req_record-visit-384404668": {
        type: "REQUEST",
        name: "record visit",
path: "record visit / record visit",
pathFormatted: "req_record-visit----551259377",
stats: {
    "name": "record visit",
    "numberOfRequests": {
        "total": "278",
        "ok": "278",
        "ko": "0"
    },
    "minResponseTime": {
        "total": "13",
        "ok": "13",
        "ko": "-"
    },
    "maxResponseTime": {
        "total": "6690",
        "ok": "6690",
        "ko": "-"
    },
    "meanResponseTime": {
        "total": "509",
        "ok": "509",
        "ko": "-"
    },
    "standardDeviation": {
        "total": "705",
        "ok": "705",
        "ko": "-"
    },
    "percentiles1": {
        "total": "287",
        "ok": "287",
        "ko": "-"
    },
    "percentiles2": {
        "total": "640",
        "ok": "640",
        "ko": "-"
    },
    "percentiles3": {
        "total": "1699",
        "ok": "1699",
        "ko": "-"
    },
    "percentiles4": {
        "total": "3157",
        "ok": "3157",
        "ko": "-"
    },
    "group1": {
    "name": "t < 800 ms",
    "htmlName": "t < 800 ms",
    "count": 224,
    "percentage": 80.57553956834532
},
    "group2": {
    "name": "800 ms <= t < 1200 ms",
    "htmlName": "t >= 800 ms <br> t < 1200 ms",
    "count": 24,
    "percentage": 8.633093525179856
},
    "group3": {
    "name": "t >= 1200 ms",
    "htmlName": "t >= 1200 ms",
    "count": 30,
    "percentage": 10.79136690647482
},
    "group4": {
    "name": "failed",
    "htmlName": "failed",
    "count": 0,
    "percentage": 0.0
},
    "meanNumberOfRequestsPerSecond": {
        "total": "0.39",
        "ok": "0.39",
        "ko": "-"
    }
}
    }
}

     },"group_record-lead-1259023819": {
          type: "GROUP",
name: "record lead",
path: "record lead",
pathFormatted: "group_record-lead-1259023819",
stats: {
    "name": "record lead",
    "numberOfRequests": {
        "total": "984",
        "ok": "984",
        "ko": "0"
    },
    "minResponseTime": {
        "total": "23",
        "ok": "23",
        "ko": "-"
    },
    "maxResponseTime": {
        "total": "11122",
        "ok": "11122",
        "ko": "-"
    },
    "meanResponseTime": {
        "total": "1328",
        "ok": "1328",
        "ko": "-"
    },
    "standardDeviation": {
        "total": "1885",
        "ok": "1885",
        "ko": "-"
    },
    "percentiles1": {
        "total": "504",
        "ok": "504",
        "ko": "-"
    },
    "percentiles2": {
        "total": "1562",
        "ok": "1562",
        "ko": "-"
    },
    "percentiles3": {
        "total": "5571",
        "ok": "5571",
        "ko": "-"
    },
    "percentiles4": {
        "total": "8341",
        "ok": "8341",
        "ko": "-"
    },
    "group1": {
    "name": "t < 800 ms",
    "htmlName": "t < 800 ms",
    "count": 600,
    "percentage": 60.97560975609756
},
    "group2": {
    "name": "800 ms <= t < 1200 ms",
    "htmlName": "t >= 800 ms <br> t < 1200 ms",
    "count": 81,
    "percentage": 8.231707317073171
},
    "group3": {
    "name": "t >= 1200 ms",
    "htmlName": "t >= 1200 ms",
    "count": 303,
    "percentage": 30.79268292682927
},
    "group4": {
    "name": "failed",
    "htmlName": "failed",
    "count": 0,
    "percentage": 0.0
},
    "meanNumberOfRequestsPerSecond": {
        "total": "1.4",
        "ok": "1.4",
        "ko": "-"
    }
},
contents: {
"req_record-lead-1259023819": {
        type: "REQUEST",
        name: "record lead",
path: "record lead / record lead",
pathFormatted: "req_record-lead---r--1250103867",
stats: {
    "name": "record lead",
    "numberOfRequests": {
        "total": "984",
        "ok": "984",
        "ko": "0"
    },
    "minResponseTime": {
        "total": "23",
        "ok": "23",
        "ko": "-"
    },
    "maxResponseTime": {
        "total": "11122",
        "ok": "11122",
        "ko": "-"
    },
    "meanResponseTime": {
        "total": "1328",
        "ok": "1328",
        "ko": "-"
    },
    "standardDeviation": {
        "total": "1885",
        "ok": "1885",
        "ko": "-"
    },
    "percentiles1": {
        "total": "504",
        "ok": "504",
        "ko": "-"
    },
    "percentiles2": {
        "total": "1562",
        "ok": "1562",
        "ko": "-"
    },
    "percentiles3": {
        "total": "5571",
        "ok": "5571",
        "ko": "-"
    },
    "percentiles4": {
        "total": "8341",
        "ok": "8341",
        "ko": "-"
    },
    "group1": {
    "name": "t < 800 ms",
    "htmlName": "t < 800 ms",
    "count": 602,
    "percentage": 61.17886178861789
},
    "group2": {
    "name": "800 ms <= t < 1200 ms",
    "htmlName": "t >= 800 ms <br> t < 1200 ms",
    "count": 81,
    "percentage": 8.231707317073171
},
    "group3": {
    "name": "t >= 1200 ms",
    "htmlName": "t >= 1200 ms",
    "count": 301,
    "percentage": 30.589430894308943
},
    "group4": {
    "name": "failed",
    "htmlName": "failed",
    "count": 0,
    "percentage": 0.0
},
    "meanNumberOfRequestsPerSecond": {
        "total": "1.4",
        "ok": "1.4",
        "ko": "-"
    }
}
    }
}

     },"group_record-delivery-655547107": {
          type: "GROUP",
name: "record delivery",
path: "record delivery",
pathFormatted: "group_record-delivery-655547107",
stats: {
    "name": "record delivery",
    "numberOfRequests": {
        "total": "155",
        "ok": "154",
        "ko": "1"
    },
    "minResponseTime": {
        "total": "18",
        "ok": "18",
        "ko": "952"
    },
    "maxResponseTime": {
        "total": "4492",
        "ok": "4492",
        "ko": "952"
    },
    "meanResponseTime": {
        "total": "550",
        "ok": "548",
        "ko": "952"
    },
    "standardDeviation": {
        "total": "705",
        "ok": "707",
        "ko": "0"
    },
    "percentiles1": {
        "total": "275",
        "ok": "273",
        "ko": "952"
    },
    "percentiles2": {
        "total": "776",
        "ok": "762",
        "ko": "952"
    },
    "percentiles3": {
        "total": "2240",
        "ok": "2240",
        "ko": "952"
    },
    "percentiles4": {
        "total": "2925",
        "ok": "2925",
        "ko": "952"
    },
    "group1": {
    "name": "t < 800 ms",
    "htmlName": "t < 800 ms",
    "count": 117,
    "percentage": 75.48387096774194
},
    "group2": {
    "name": "800 ms <= t < 1200 ms",
    "htmlName": "t >= 800 ms <br> t < 1200 ms",
    "count": 17,
    "percentage": 10.967741935483872
},
    "group3": {
    "name": "t >= 1200 ms",
    "htmlName": "t >= 1200 ms",
    "count": 20,
    "percentage": 12.903225806451612
},
    "group4": {
    "name": "failed",
    "htmlName": "failed",
    "count": 1,
    "percentage": 0.6451612903225806
},
    "meanNumberOfRequestsPerSecond": {
        "total": "0.22",
        "ok": "0.22",
        "ko": "0"
    }
},
contents: {
"req_record-delivery-655547107": {
        type: "REQUEST",
        name: "record delivery",
path: "record delivery / record delivery",
pathFormatted: "req_record-delivery-1990173941",
stats: {
    "name": "record delivery",
    "numberOfRequests": {
        "total": "155",
        "ok": "154",
        "ko": "1"
    },
    "minResponseTime": {
        "total": "18",
        "ok": "18",
        "ko": "952"
    },
    "maxResponseTime": {
        "total": "4492",
        "ok": "4492",
        "ko": "952"
    },
    "meanResponseTime": {
        "total": "550",
        "ok": "548",
        "ko": "952"
    },
    "standardDeviation": {
        "total": "705",
        "ok": "707",
        "ko": "0"
    },
    "percentiles1": {
        "total": "275",
        "ok": "273",
        "ko": "952"
    },
    "percentiles2": {
        "total": "776",
        "ok": "762",
        "ko": "952"
    },
    "percentiles3": {
        "total": "2240",
        "ok": "2240",
        "ko": "952"
    },
    "percentiles4": {
        "total": "2925",
        "ok": "2925",
        "ko": "952"
    },
    "group1": {
    "name": "t < 800 ms",
    "htmlName": "t < 800 ms",
    "count": 118,
    "percentage": 76.12903225806451
},
    "group2": {
    "name": "800 ms <= t < 1200 ms",
    "htmlName": "t >= 800 ms <br> t < 1200 ms",
    "count": 16,
    "percentage": 10.32258064516129
},
    "group3": {
    "name": "t >= 1200 ms",
    "htmlName": "t >= 1200 ms",
    "count": 20,
    "percentage": 12.903225806451612
},
    "group4": {
    "name": "failed",
    "htmlName": "failed",
    "count": 1,
    "percentage": 0.6451612903225806
},
    "meanNumberOfRequestsPerSecond": {
        "total": "0.22",
        "ok": "0.22",
        "ko": "0"
    }
}
    }
}

     },"group_confirm-deliver-2041163092": {
          type: "GROUP",
name: "confirm delivery",
path: "confirm delivery",
pathFormatted: "group_confirm-deliver-2041163092",
stats: {
    "name": "confirm delivery",
    "numberOfRequests": {
        "total": "149",
        "ok": "149",
        "ko": "0"
    },
    "minResponseTime": {
        "total": "21",
        "ok": "21",
        "ko": "-"
    },
    "maxResponseTime": {
        "total": "4584",
        "ok": "4584",
        "ko": "-"
    },
    "meanResponseTime": {
        "total": "866",
        "ok": "866",
        "ko": "-"
    },
    "standardDeviation": {
        "total": "1032",
        "ok": "1032",
        "ko": "-"
    },
    "percentiles1": {
        "total": "449",
        "ok": "449",
        "ko": "-"
    },
    "percentiles2": {
        "total": "1110",
        "ok": "1110",
        "ko": "-"
    },
    "percentiles3": {
        "total": "3375",
        "ok": "3375",
        "ko": "-"
    },
    "percentiles4": {
        "total": "4131",
        "ok": "4131",
        "ko": "-"
    },
    "group1": {
    "name": "t < 800 ms",
    "htmlName": "t < 800 ms",
    "count": 100,
    "percentage": 67.11409395973155
},
    "group2": {
    "name": "800 ms <= t < 1200 ms",
    "htmlName": "t >= 800 ms <br> t < 1200 ms",
    "count": 15,
    "percentage": 10.06711409395973
},
    "group3": {
    "name": "t >= 1200 ms",
    "htmlName": "t >= 1200 ms",
    "count": 34,
    "percentage": 22.818791946308725
},
    "group4": {
    "name": "failed",
    "htmlName": "failed",
    "count": 0,
    "percentage": 0.0
},
    "meanNumberOfRequestsPerSecond": {
        "total": "0.21",
        "ok": "0.21",
        "ko": "-"
    }
},
contents: {
"req_confirm-deliver--1842897288": {
        type: "REQUEST",
        name: "confirm delivery by PIN",
path: "confirm delivery / confirm delivery by PIN",
pathFormatted: "req_confirm-deliver-1907813819",
stats: {
    "name": "confirm delivery by PIN",
    "numberOfRequests": {
        "total": "75",
        "ok": "75",
        "ko": "0"
    },
    "minResponseTime": {
        "total": "114",
        "ok": "114",
        "ko": "-"
    },
    "maxResponseTime": {
        "total": "4584",
        "ok": "4584",
        "ko": "-"
    },
    "meanResponseTime": {
        "total": "1137",
        "ok": "1137",
        "ko": "-"
    },
    "standardDeviation": {
        "total": "1121",
        "ok": "1121",
        "ko": "-"
    },
    "percentiles1": {
        "total": "642",
        "ok": "642",
        "ko": "-"
    },
    "percentiles2": {
        "total": "1531",
        "ok": "1531",
        "ko": "-"
    },
    "percentiles3": {
        "total": "3677",
        "ok": "3677",
        "ko": "-"
    },
    "percentiles4": {
        "total": "4584",
        "ok": "4584",
        "ko": "-"
    },
    "group1": {
    "name": "t < 800 ms",
    "htmlName": "t < 800 ms",
    "count": 44,
    "percentage": 58.666666666666664
},
    "group2": {
    "name": "800 ms <= t < 1200 ms",
    "htmlName": "t >= 800 ms <br> t < 1200 ms",
    "count": 8,
    "percentage": 10.666666666666668
},
    "group3": {
    "name": "t >= 1200 ms",
    "htmlName": "t >= 1200 ms",
    "count": 23,
    "percentage": 30.666666666666664
},
    "group4": {
    "name": "failed",
    "htmlName": "failed",
    "count": 0,
    "percentage": 0.0
},
    "meanNumberOfRequestsPerSecond": {
        "total": "0.11",
        "ok": "0.11",
        "ko": "-"
    }
}
    },"req_confirm-deliver-2057619641": {
        type: "REQUEST",
        name: "confirm delivery by officer",
path: "confirm delivery / confirm delivery by officer",
pathFormatted: "req_confirm-deliver-1470414460",
stats: {
    "name": "confirm delivery by officer",
    "numberOfRequests": {
        "total": "74",
        "ok": "74",
        "ko": "0"
    },
    "minResponseTime": {
        "total": "21",
        "ok": "21",
        "ko": "-"
    },
    "maxResponseTime": {
        "total": "4131",
        "ok": "4131",
        "ko": "-"
    },
    "meanResponseTime": {
        "total": "591",
        "ok": "591",
        "ko": "-"
    },
    "standardDeviation": {
        "total": "849",
        "ok": "849",
        "ko": "-"
    },
    "percentiles1": {
        "total": "248",
        "ok": "248",
        "ko": "-"
    },
    "percentiles2": {
        "total": "733",
        "ok": "733",
        "ko": "-"
    },
    "percentiles3": {
        "total": "2617",
        "ok": "2617",
        "ko": "-"
    },
    "percentiles4": {
        "total": "4131",
        "ok": "4131",
        "ko": "-"
    },
    "group1": {
    "name": "t < 800 ms",
    "htmlName": "t < 800 ms",
    "count": 56,
    "percentage": 75.67567567567568
},
    "group2": {
    "name": "800 ms <= t < 1200 ms",
    "htmlName": "t >= 800 ms <br> t < 1200 ms",
    "count": 7,
    "percentage": 9.45945945945946
},
    "group3": {
    "name": "t >= 1200 ms",
    "htmlName": "t >= 1200 ms",
    "count": 11,
    "percentage": 14.864864864864865
},
    "group4": {
    "name": "failed",
    "htmlName": "failed",
    "count": 0,
    "percentage": 0.0
},
    "meanNumberOfRequestsPerSecond": {
        "total": "0.11",
        "ok": "0.11",
        "ko": "-"
    }
}
    }
}

     },"group_complete-task-126799884": {
          type: "GROUP",
name: "complete task",
path: "complete task",
pathFormatted: "group_complete-task-126799884",
stats: {
    "name": "complete task",
    "numberOfRequests": {
        "total": "984",
        "ok": "984",
        "ko": "0"
    },
    "minResponseTime": {
        "total": "32",
        "ok": "32",
        "ko": "-"
    },
    "maxResponseTime": {
        "total": "10461",
        "ok": "10461",
        "ko": "-"
    },
    "meanResponseTime": {
        "total": "1196",
        "ok": "1196",
        "ko": "-"
    },
    "standardDeviation": {
        "total": "1640",
        "ok": "1640",
        "ko": "-"
    },
    "percentiles1": {
        "total": "475",
        "ok": "475",
        "ko": "-"
    },
    "percentiles2": {
        "total": "1521",
        "ok": "1521",
        "ko": "-"
    },
    "percentiles3": {
        "total": "4875",
        "ok": "4875",
        "ko": "-"
    },
    "percentiles4": {
        "total": "7489",
        "ok": "7460",
        "ko": "-"
    },
    "group1": {
    "name": "t < 800 ms",
    "htmlName": "t < 800 ms",
    "count": 611,
    "percentage": 62.09349593495935
},
    "group2": {
    "name": "800 ms <= t < 1200 ms",
    "htmlName": "t >= 800 ms <br> t < 1200 ms",
    "count": 79,
    "percentage": 8.028455284552846
},
    "group3": {
    "name": "t >= 1200 ms",
    "htmlName": "t >= 1200 ms",
    "count": 294,
    "percentage": 29.878048780487802
},
    "group4": {
    "name": "failed",
    "htmlName": "failed",
    "count": 0,
    "percentage": 0.0
},
    "meanNumberOfRequestsPerSecond": {
        "total": "1.4",
        "ok": "1.4",
        "ko": "-"
    }
},
contents: {
"req_complete-verifi-834337186": {
        type: "REQUEST",
        name: "complete verification",
path: "complete task / complete verification",
pathFormatted: "req_complete-task---1344387165",
stats: {
    "name": "complete verification",
    "numberOfRequests": {
        "total": "984",
        "ok": "984",
        "ko": "0"
    },
    "minResponseTime": {
        "total": "32",
        "ok": "32",
        "ko": "-"
    },
    "maxResponseTime": {
        "total": "10461",
        "ok": "10461",
        "ko": "-"
    },
    "meanResponseTime": {
        "total": "1196",
        "ok": "1196",
        "ko": "-"
    },
    "standardDeviation": {
        "total": "1640",
        "ok": "1640",
        "ko": "-"
    },
    "percentiles1": {
        "total": "475",
        "ok": "475",
        "ko": "-"
    },
    "percentiles2": {
        "total": "1521",
        "ok": "1521",
        "ko": "-"
    },
    "percentiles3": {
        "total": "4875",
        "ok": "4875",
        "ko": "-"
    },
    "percentiles4": {
        "total": "7460",
        "ok": "7489",
        "ko": "-"
    },
    "group1": {
    "name": "t < 800 ms",
    "htmlName": "t < 800 ms",
    "count": 611,
    "percentage": 62.09349593495935
},
    "group2": {
    "name": "800 ms <= t < 1200 ms",
    "htmlName": "t >= 800 ms <br> t < 1200 ms",
    "count": 79,
    "percentage": 8.028455284552846
},
    "group3": {
    "name": "t >= 1200 ms",
    "htmlName": "t >= 1200 ms",
    "count": 294,
    "percentage": 29.878048780487802
},
    "group4": {
    "name": "failed",
    "htmlName": "failed",
    "count": 0,
    "percentage": 0.0
},
    "meanNumberOfRequestsPerSecond": {
        "total": "1.4",
        "ok": "1.4",
        "ko": "-"
    }
}
    }
}

     }
}

}

function fillStats(stat){
    $("#numberOfRequests").append(stat.numberOfRequests.total);
    $("#numberOfRequestsOK").append(stat.numberOfRequests.ok);
    $("#numberOfRequestsKO").append(stat.numberOfRequests.ko);

    $("#minResponseTime").append(stat.minResponseTime.total);
    $("#minResponseTimeOK").append(stat.minResponseTime.ok);
    $("#minResponseTimeKO").append(stat.minResponseTime.ko);

    $("#maxResponseTime").append(stat.maxResponseTime.total);
    $("#maxResponseTimeOK").append(stat.maxResponseTime.ok);
    $("#maxResponseTimeKO").append(stat.maxResponseTime.ko);

    $("#meanResponseTime").append(stat.meanResponseTime.total);
    $("#meanResponseTimeOK").append(stat.meanResponseTime.ok);
    $("#meanResponseTimeKO").append(stat.meanResponseTime.ko);

    $("#standardDeviation").append(stat.standardDeviation.total);
    $("#standardDeviationOK").append(stat.standardDeviation.ok);
    $("#standardDeviationKO").append(stat.standardDeviation.ko);

    $("#percentiles1").append(stat.percentiles1.total);
    $("#percentiles1OK").append(stat.percentiles1.ok);
    $("#percentiles1KO").append(stat.percentiles1.ko);

    $("#percentiles2").append(stat.percentiles2.total);
    $("#percentiles2OK").append(stat.percentiles2.ok);
    $("#percentiles2KO").append(stat.percentiles2.ko);

    $("#percentiles3").append(stat.percentiles3.total);
    $("#percentiles3OK").append(stat.percentiles3.ok);
    $("#percentiles3KO").append(stat.percentiles3.ko);

    $("#percentiles4").append(stat.percentiles4.total);
    $("#percentiles4OK").append(stat.percentiles4.ok);
    $("#percentiles4KO").append(stat.percentiles4.ko);

    $("#meanNumberOfRequestsPerSecond").append(stat.meanNumberOfRequestsPerSecond.total);
    $("#meanNumberOfRequestsPerSecondOK").append(stat.meanNumberOfRequestsPerSecond.ok);
    $("#meanNumberOfRequestsPerSecondKO").append(stat.meanNumberOfRequestsPerSecond.ko);
}
