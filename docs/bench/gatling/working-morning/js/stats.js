var stats = {
    type: "GROUP",
name: "All Requests",
path: "",
pathFormatted: "group_missing-name--1146707516",
stats: {
    "name": "All Requests",
    "numberOfRequests": {
        "total": "16404",
        "ok": "16403",
        "ko": "1"
    },
    "minResponseTime": {
        "total": "3",
        "ok": "3",
        "ko": "253"
    },
    "maxResponseTime": {
        "total": "4991",
        "ok": "4991",
        "ko": "253"
    },
    "meanResponseTime": {
        "total": "63",
        "ok": "63",
        "ko": "253"
    },
    "standardDeviation": {
        "total": "222",
        "ok": "222",
        "ko": "0"
    },
    "percentiles1": {
        "total": "18",
        "ok": "18",
        "ko": "253"
    },
    "percentiles2": {
        "total": "39",
        "ok": "39",
        "ko": "253"
    },
    "percentiles3": {
        "total": "218",
        "ok": "217",
        "ko": "253"
    },
    "percentiles4": {
        "total": "920",
        "ok": "920",
        "ko": "253"
    },
    "group1": {
    "name": "t < 800 ms",
    "htmlName": "t < 800 ms",
    "count": 16228,
    "percentage": 98.92709095342599
},
    "group2": {
    "name": "800 ms <= t < 1200 ms",
    "htmlName": "t >= 800 ms <br> t < 1200 ms",
    "count": 62,
    "percentage": 0.37795659595220676
},
    "group3": {
    "name": "t >= 1200 ms",
    "htmlName": "t >= 1200 ms",
    "count": 113,
    "percentage": 0.6888563764935381
},
    "group4": {
    "name": "failed",
    "htmlName": "failed",
    "count": 1,
    "percentage": 0.0060960741282614
},
    "meanNumberOfRequestsPerSecond": {
        "total": "22.91",
        "ok": "22.91",
        "ko": "0"
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
        "total": "107",
        "ok": "107",
        "ko": "-"
    },
    "maxResponseTime": {
        "total": "2465",
        "ok": "2465",
        "ko": "-"
    },
    "meanResponseTime": {
        "total": "466",
        "ok": "466",
        "ko": "-"
    },
    "standardDeviation": {
        "total": "490",
        "ok": "490",
        "ko": "-"
    },
    "percentiles1": {
        "total": "281",
        "ok": "281",
        "ko": "-"
    },
    "percentiles2": {
        "total": "542",
        "ok": "542",
        "ko": "-"
    },
    "percentiles3": {
        "total": "1672",
        "ok": "1672",
        "ko": "-"
    },
    "percentiles4": {
        "total": "2169",
        "ok": "2169",
        "ko": "-"
    },
    "group1": {
    "name": "t < 800 ms",
    "htmlName": "t < 800 ms",
    "count": 168,
    "percentage": 84.0
},
    "group2": {
    "name": "800 ms <= t < 1200 ms",
    "htmlName": "t >= 800 ms <br> t < 1200 ms",
    "count": 12,
    "percentage": 6.0
},
    "group3": {
    "name": "t >= 1200 ms",
    "htmlName": "t >= 1200 ms",
    "count": 20,
    "percentage": 10.0
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
        "total": "326",
        "ok": "326",
        "ko": "-"
    },
    "meanResponseTime": {
        "total": "33",
        "ok": "33",
        "ko": "-"
    },
    "standardDeviation": {
        "total": "43",
        "ok": "43",
        "ko": "-"
    },
    "percentiles1": {
        "total": "18",
        "ok": "18",
        "ko": "-"
    },
    "percentiles2": {
        "total": "35",
        "ok": "35",
        "ko": "-"
    },
    "percentiles3": {
        "total": "115",
        "ok": "117",
        "ko": "-"
    },
    "percentiles4": {
        "total": "229",
        "ok": "229",
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
        "total": "86",
        "ok": "86",
        "ko": "-"
    },
    "maxResponseTime": {
        "total": "2245",
        "ok": "2245",
        "ko": "-"
    },
    "meanResponseTime": {
        "total": "387",
        "ok": "387",
        "ko": "-"
    },
    "standardDeviation": {
        "total": "427",
        "ok": "427",
        "ko": "-"
    },
    "percentiles1": {
        "total": "228",
        "ok": "228",
        "ko": "-"
    },
    "percentiles2": {
        "total": "440",
        "ok": "440",
        "ko": "-"
    },
    "percentiles3": {
        "total": "1392",
        "ok": "1447",
        "ko": "-"
    },
    "percentiles4": {
        "total": "2049",
        "ok": "1998",
        "ko": "-"
    },
    "group1": {
    "name": "t < 800 ms",
    "htmlName": "t < 800 ms",
    "count": 176,
    "percentage": 88.0
},
    "group2": {
    "name": "800 ms <= t < 1200 ms",
    "htmlName": "t >= 800 ms <br> t < 1200 ms",
    "count": 7,
    "percentage": 3.5000000000000004
},
    "group3": {
    "name": "t >= 1200 ms",
    "htmlName": "t >= 1200 ms",
    "count": 17,
    "percentage": 8.5
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
        "total": "394",
        "ok": "394",
        "ko": "-"
    },
    "meanResponseTime": {
        "total": "46",
        "ok": "46",
        "ko": "-"
    },
    "standardDeviation": {
        "total": "56",
        "ok": "56",
        "ko": "-"
    },
    "percentiles1": {
        "total": "27",
        "ok": "27",
        "ko": "-"
    },
    "percentiles2": {
        "total": "54",
        "ok": "54",
        "ko": "-"
    },
    "percentiles3": {
        "total": "195",
        "ok": "200",
        "ko": "-"
    },
    "percentiles4": {
        "total": "321",
        "ok": "334",
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
        "total": "2038",
        "ok": "2038",
        "ko": "0"
    },
    "minResponseTime": {
        "total": "11",
        "ok": "11",
        "ko": "-"
    },
    "maxResponseTime": {
        "total": "4572",
        "ok": "4572",
        "ko": "-"
    },
    "meanResponseTime": {
        "total": "79",
        "ok": "79",
        "ko": "-"
    },
    "standardDeviation": {
        "total": "257",
        "ok": "257",
        "ko": "-"
    },
    "percentiles1": {
        "total": "24",
        "ok": "24",
        "ko": "-"
    },
    "percentiles2": {
        "total": "43",
        "ok": "43",
        "ko": "-"
    },
    "percentiles3": {
        "total": "304",
        "ok": "306",
        "ko": "-"
    },
    "percentiles4": {
        "total": "861",
        "ok": "861",
        "ko": "-"
    },
    "group1": {
    "name": "t < 800 ms",
    "htmlName": "t < 800 ms",
    "count": 2017,
    "percentage": 98.96957801766438
},
    "group2": {
    "name": "800 ms <= t < 1200 ms",
    "htmlName": "t >= 800 ms <br> t < 1200 ms",
    "count": 8,
    "percentage": 0.39254170755642787
},
    "group3": {
    "name": "t >= 1200 ms",
    "htmlName": "t >= 1200 ms",
    "count": 13,
    "percentage": 0.6378802747791953
},
    "group4": {
    "name": "failed",
    "htmlName": "failed",
    "count": 0,
    "percentage": 0.0
},
    "meanNumberOfRequestsPerSecond": {
        "total": "2.85",
        "ok": "2.85",
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
        "total": "2038",
        "ok": "2038",
        "ko": "0"
    },
    "minResponseTime": {
        "total": "7",
        "ok": "7",
        "ko": "-"
    },
    "maxResponseTime": {
        "total": "4206",
        "ok": "4206",
        "ko": "-"
    },
    "meanResponseTime": {
        "total": "56",
        "ok": "56",
        "ko": "-"
    },
    "standardDeviation": {
        "total": "226",
        "ok": "226",
        "ko": "-"
    },
    "percentiles1": {
        "total": "16",
        "ok": "16",
        "ko": "-"
    },
    "percentiles2": {
        "total": "28",
        "ok": "28",
        "ko": "-"
    },
    "percentiles3": {
        "total": "183",
        "ok": "187",
        "ko": "-"
    },
    "percentiles4": {
        "total": "642",
        "ok": "620",
        "ko": "-"
    },
    "group1": {
    "name": "t < 800 ms",
    "htmlName": "t < 800 ms",
    "count": 2023,
    "percentage": 99.26398429833169
},
    "group2": {
    "name": "800 ms <= t < 1200 ms",
    "htmlName": "t >= 800 ms <br> t < 1200 ms",
    "count": 4,
    "percentage": 0.19627085377821393
},
    "group3": {
    "name": "t >= 1200 ms",
    "htmlName": "t >= 1200 ms",
    "count": 11,
    "percentage": 0.5397448478900884
},
    "group4": {
    "name": "failed",
    "htmlName": "failed",
    "count": 0,
    "percentage": 0.0
},
    "meanNumberOfRequestsPerSecond": {
        "total": "2.85",
        "ok": "2.85",
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
        "total": "2038",
        "ok": "2038",
        "ko": "0"
    },
    "minResponseTime": {
        "total": "3",
        "ok": "3",
        "ko": "-"
    },
    "maxResponseTime": {
        "total": "593",
        "ok": "593",
        "ko": "-"
    },
    "meanResponseTime": {
        "total": "24",
        "ok": "24",
        "ko": "-"
    },
    "standardDeviation": {
        "total": "53",
        "ok": "53",
        "ko": "-"
    },
    "percentiles1": {
        "total": "8",
        "ok": "8",
        "ko": "-"
    },
    "percentiles2": {
        "total": "15",
        "ok": "15",
        "ko": "-"
    },
    "percentiles3": {
        "total": "96",
        "ok": "96",
        "ko": "-"
    },
    "percentiles4": {
        "total": "301",
        "ok": "310",
        "ko": "-"
    },
    "group1": {
    "name": "t < 800 ms",
    "htmlName": "t < 800 ms",
    "count": 2038,
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
        "total": "2.85",
        "ok": "2.85",
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
        "total": "2038",
        "ok": "2038",
        "ko": "0"
    },
    "minResponseTime": {
        "total": "4",
        "ok": "4",
        "ko": "-"
    },
    "maxResponseTime": {
        "total": "3643",
        "ok": "3643",
        "ko": "-"
    },
    "meanResponseTime": {
        "total": "41",
        "ok": "41",
        "ko": "-"
    },
    "standardDeviation": {
        "total": "171",
        "ok": "171",
        "ko": "-"
    },
    "percentiles1": {
        "total": "13",
        "ok": "13",
        "ko": "-"
    },
    "percentiles2": {
        "total": "23",
        "ok": "23",
        "ko": "-"
    },
    "percentiles3": {
        "total": "148",
        "ok": "149",
        "ko": "-"
    },
    "percentiles4": {
        "total": "373",
        "ok": "387",
        "ko": "-"
    },
    "group1": {
    "name": "t < 800 ms",
    "htmlName": "t < 800 ms",
    "count": 2029,
    "percentage": 99.55839057899902
},
    "group2": {
    "name": "800 ms <= t < 1200 ms",
    "htmlName": "t >= 800 ms <br> t < 1200 ms",
    "count": 2,
    "percentage": 0.09813542688910697
},
    "group3": {
    "name": "t >= 1200 ms",
    "htmlName": "t >= 1200 ms",
    "count": 7,
    "percentage": 0.34347399411187435
},
    "group4": {
    "name": "failed",
    "htmlName": "failed",
    "count": 0,
    "percentage": 0.0
},
    "meanNumberOfRequestsPerSecond": {
        "total": "2.85",
        "ok": "2.85",
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
        "total": "2038",
        "ok": "2038",
        "ko": "0"
    },
    "minResponseTime": {
        "total": "4",
        "ok": "4",
        "ko": "-"
    },
    "maxResponseTime": {
        "total": "3643",
        "ok": "3643",
        "ko": "-"
    },
    "meanResponseTime": {
        "total": "41",
        "ok": "41",
        "ko": "-"
    },
    "standardDeviation": {
        "total": "171",
        "ok": "171",
        "ko": "-"
    },
    "percentiles1": {
        "total": "13",
        "ok": "13",
        "ko": "-"
    },
    "percentiles2": {
        "total": "23",
        "ok": "23",
        "ko": "-"
    },
    "percentiles3": {
        "total": "149",
        "ok": "149",
        "ko": "-"
    },
    "percentiles4": {
        "total": "376",
        "ok": "388",
        "ko": "-"
    },
    "group1": {
    "name": "t < 800 ms",
    "htmlName": "t < 800 ms",
    "count": 2029,
    "percentage": 99.55839057899902
},
    "group2": {
    "name": "800 ms <= t < 1200 ms",
    "htmlName": "t >= 800 ms <br> t < 1200 ms",
    "count": 2,
    "percentage": 0.09813542688910697
},
    "group3": {
    "name": "t >= 1200 ms",
    "htmlName": "t >= 1200 ms",
    "count": 7,
    "percentage": 0.34347399411187435
},
    "group4": {
    "name": "failed",
    "htmlName": "failed",
    "count": 0,
    "percentage": 0.0
},
    "meanNumberOfRequestsPerSecond": {
        "total": "2.85",
        "ok": "2.85",
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
        "total": "458",
        "ok": "458",
        "ko": "0"
    },
    "minResponseTime": {
        "total": "7",
        "ok": "7",
        "ko": "-"
    },
    "maxResponseTime": {
        "total": "1878",
        "ok": "1878",
        "ko": "-"
    },
    "meanResponseTime": {
        "total": "51",
        "ok": "51",
        "ko": "-"
    },
    "standardDeviation": {
        "total": "137",
        "ok": "137",
        "ko": "-"
    },
    "percentiles1": {
        "total": "16",
        "ok": "16",
        "ko": "-"
    },
    "percentiles2": {
        "total": "27",
        "ok": "27",
        "ko": "-"
    },
    "percentiles3": {
        "total": "231",
        "ok": "231",
        "ko": "-"
    },
    "percentiles4": {
        "total": "666",
        "ok": "666",
        "ko": "-"
    },
    "group1": {
    "name": "t < 800 ms",
    "htmlName": "t < 800 ms",
    "count": 457,
    "percentage": 99.78165938864629
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
    "count": 1,
    "percentage": 0.21834061135371177
},
    "group4": {
    "name": "failed",
    "htmlName": "failed",
    "count": 0,
    "percentage": 0.0
},
    "meanNumberOfRequestsPerSecond": {
        "total": "0.64",
        "ok": "0.64",
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
        "total": "458",
        "ok": "458",
        "ko": "0"
    },
    "minResponseTime": {
        "total": "7",
        "ok": "7",
        "ko": "-"
    },
    "maxResponseTime": {
        "total": "1878",
        "ok": "1878",
        "ko": "-"
    },
    "meanResponseTime": {
        "total": "51",
        "ok": "51",
        "ko": "-"
    },
    "standardDeviation": {
        "total": "137",
        "ok": "137",
        "ko": "-"
    },
    "percentiles1": {
        "total": "16",
        "ok": "16",
        "ko": "-"
    },
    "percentiles2": {
        "total": "27",
        "ok": "27",
        "ko": "-"
    },
    "percentiles3": {
        "total": "231",
        "ok": "231",
        "ko": "-"
    },
    "percentiles4": {
        "total": "666",
        "ok": "666",
        "ko": "-"
    },
    "group1": {
    "name": "t < 800 ms",
    "htmlName": "t < 800 ms",
    "count": 457,
    "percentage": 99.78165938864629
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
    "count": 1,
    "percentage": 0.21834061135371177
},
    "group4": {
    "name": "failed",
    "htmlName": "failed",
    "count": 0,
    "percentage": 0.0
},
    "meanNumberOfRequestsPerSecond": {
        "total": "0.64",
        "ok": "0.64",
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
        "total": "297",
        "ok": "297",
        "ko": "0"
    },
    "minResponseTime": {
        "total": "7",
        "ok": "7",
        "ko": "-"
    },
    "maxResponseTime": {
        "total": "2680",
        "ok": "2680",
        "ko": "-"
    },
    "meanResponseTime": {
        "total": "54",
        "ok": "54",
        "ko": "-"
    },
    "standardDeviation": {
        "total": "182",
        "ok": "182",
        "ko": "-"
    },
    "percentiles1": {
        "total": "14",
        "ok": "14",
        "ko": "-"
    },
    "percentiles2": {
        "total": "24",
        "ok": "24",
        "ko": "-"
    },
    "percentiles3": {
        "total": "222",
        "ok": "222",
        "ko": "-"
    },
    "percentiles4": {
        "total": "803",
        "ok": "803",
        "ko": "-"
    },
    "group1": {
    "name": "t < 800 ms",
    "htmlName": "t < 800 ms",
    "count": 294,
    "percentage": 98.98989898989899
},
    "group2": {
    "name": "800 ms <= t < 1200 ms",
    "htmlName": "t >= 800 ms <br> t < 1200 ms",
    "count": 2,
    "percentage": 0.6734006734006733
},
    "group3": {
    "name": "t >= 1200 ms",
    "htmlName": "t >= 1200 ms",
    "count": 1,
    "percentage": 0.33670033670033667
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
        "total": "297",
        "ok": "297",
        "ko": "0"
    },
    "minResponseTime": {
        "total": "7",
        "ok": "7",
        "ko": "-"
    },
    "maxResponseTime": {
        "total": "2680",
        "ok": "2680",
        "ko": "-"
    },
    "meanResponseTime": {
        "total": "54",
        "ok": "54",
        "ko": "-"
    },
    "standardDeviation": {
        "total": "182",
        "ok": "182",
        "ko": "-"
    },
    "percentiles1": {
        "total": "14",
        "ok": "14",
        "ko": "-"
    },
    "percentiles2": {
        "total": "24",
        "ok": "24",
        "ko": "-"
    },
    "percentiles3": {
        "total": "222",
        "ok": "222",
        "ko": "-"
    },
    "percentiles4": {
        "total": "803",
        "ok": "803",
        "ko": "-"
    },
    "group1": {
    "name": "t < 800 ms",
    "htmlName": "t < 800 ms",
    "count": 294,
    "percentage": 98.98989898989899
},
    "group2": {
    "name": "800 ms <= t < 1200 ms",
    "htmlName": "t >= 800 ms <br> t < 1200 ms",
    "count": 2,
    "percentage": 0.6734006734006733
},
    "group3": {
    "name": "t >= 1200 ms",
    "htmlName": "t >= 1200 ms",
    "count": 1,
    "percentage": 0.33670033670033667
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

     },"group_provider-today--482623406": {
          type: "GROUP",
name: "provider today",
path: "provider today",
pathFormatted: "group_provider-today--482623406",
stats: {
    "name": "provider today",
    "numberOfRequests": {
        "total": "164",
        "ok": "164",
        "ko": "0"
    },
    "minResponseTime": {
        "total": "15",
        "ok": "15",
        "ko": "-"
    },
    "maxResponseTime": {
        "total": "986",
        "ok": "986",
        "ko": "-"
    },
    "meanResponseTime": {
        "total": "77",
        "ok": "77",
        "ko": "-"
    },
    "standardDeviation": {
        "total": "149",
        "ok": "149",
        "ko": "-"
    },
    "percentiles1": {
        "total": "30",
        "ok": "30",
        "ko": "-"
    },
    "percentiles2": {
        "total": "49",
        "ok": "49",
        "ko": "-"
    },
    "percentiles3": {
        "total": "266",
        "ok": "266",
        "ko": "-"
    },
    "percentiles4": {
        "total": "808",
        "ok": "808",
        "ko": "-"
    },
    "group1": {
    "name": "t < 800 ms",
    "htmlName": "t < 800 ms",
    "count": 161,
    "percentage": 98.17073170731707
},
    "group2": {
    "name": "800 ms <= t < 1200 ms",
    "htmlName": "t >= 800 ms <br> t < 1200 ms",
    "count": 3,
    "percentage": 1.8292682926829267
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
        "total": "0.23",
        "ok": "0.23",
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
        "total": "164",
        "ok": "164",
        "ko": "0"
    },
    "minResponseTime": {
        "total": "15",
        "ok": "15",
        "ko": "-"
    },
    "maxResponseTime": {
        "total": "986",
        "ok": "986",
        "ko": "-"
    },
    "meanResponseTime": {
        "total": "77",
        "ok": "77",
        "ko": "-"
    },
    "standardDeviation": {
        "total": "149",
        "ok": "149",
        "ko": "-"
    },
    "percentiles1": {
        "total": "30",
        "ok": "30",
        "ko": "-"
    },
    "percentiles2": {
        "total": "49",
        "ok": "49",
        "ko": "-"
    },
    "percentiles3": {
        "total": "266",
        "ok": "266",
        "ko": "-"
    },
    "percentiles4": {
        "total": "808",
        "ok": "808",
        "ko": "-"
    },
    "group1": {
    "name": "t < 800 ms",
    "htmlName": "t < 800 ms",
    "count": 161,
    "percentage": 98.17073170731707
},
    "group2": {
    "name": "800 ms <= t < 1200 ms",
    "htmlName": "t >= 800 ms <br> t < 1200 ms",
    "count": 3,
    "percentage": 1.8292682926829267
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
        "total": "0.23",
        "ok": "0.23",
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
        "total": "2618",
        "ok": "2618",
        "ko": "0"
    },
    "minResponseTime": {
        "total": "7",
        "ok": "7",
        "ko": "-"
    },
    "maxResponseTime": {
        "total": "3802",
        "ok": "3802",
        "ko": "-"
    },
    "meanResponseTime": {
        "total": "105",
        "ok": "105",
        "ko": "-"
    },
    "standardDeviation": {
        "total": "270",
        "ok": "270",
        "ko": "-"
    },
    "percentiles1": {
        "total": "42",
        "ok": "42",
        "ko": "-"
    },
    "percentiles2": {
        "total": "66",
        "ok": "66",
        "ko": "-"
    },
    "percentiles3": {
        "total": "430",
        "ok": "430",
        "ko": "-"
    },
    "percentiles4": {
        "total": "1361",
        "ok": "1361",
        "ko": "-"
    },
    "group1": {
    "name": "t < 800 ms",
    "htmlName": "t < 800 ms",
    "count": 2556,
    "percentage": 97.63177998472116
},
    "group2": {
    "name": "800 ms <= t < 1200 ms",
    "htmlName": "t >= 800 ms <br> t < 1200 ms",
    "count": 26,
    "percentage": 0.9931245225362872
},
    "group3": {
    "name": "t >= 1200 ms",
    "htmlName": "t >= 1200 ms",
    "count": 36,
    "percentage": 1.3750954927425516
},
    "group4": {
    "name": "failed",
    "htmlName": "failed",
    "count": 0,
    "percentage": 0.0
},
    "meanNumberOfRequestsPerSecond": {
        "total": "3.66",
        "ok": "3.66",
        "ko": "-"
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
        "total": "1582",
        "ok": "1582",
        "ko": "0"
    },
    "minResponseTime": {
        "total": "7",
        "ok": "7",
        "ko": "-"
    },
    "maxResponseTime": {
        "total": "1487",
        "ok": "1487",
        "ko": "-"
    },
    "meanResponseTime": {
        "total": "43",
        "ok": "43",
        "ko": "-"
    },
    "standardDeviation": {
        "total": "102",
        "ok": "102",
        "ko": "-"
    },
    "percentiles1": {
        "total": "15",
        "ok": "15",
        "ko": "-"
    },
    "percentiles2": {
        "total": "27",
        "ok": "27",
        "ko": "-"
    },
    "percentiles3": {
        "total": "166",
        "ok": "166",
        "ko": "-"
    },
    "percentiles4": {
        "total": "536",
        "ok": "536",
        "ko": "-"
    },
    "group1": {
    "name": "t < 800 ms",
    "htmlName": "t < 800 ms",
    "count": 1574,
    "percentage": 99.49431099873578
},
    "group2": {
    "name": "800 ms <= t < 1200 ms",
    "htmlName": "t >= 800 ms <br> t < 1200 ms",
    "count": 6,
    "percentage": 0.37926675094816686
},
    "group3": {
    "name": "t >= 1200 ms",
    "htmlName": "t >= 1200 ms",
    "count": 2,
    "percentage": 0.12642225031605564
},
    "group4": {
    "name": "failed",
    "htmlName": "failed",
    "count": 0,
    "percentage": 0.0
},
    "meanNumberOfRequestsPerSecond": {
        "total": "2.21",
        "ok": "2.21",
        "ko": "-"
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
        "total": "1582",
        "ok": "1582",
        "ko": "0"
    },
    "minResponseTime": {
        "total": "13",
        "ok": "13",
        "ko": "-"
    },
    "maxResponseTime": {
        "total": "1916",
        "ok": "1916",
        "ko": "-"
    },
    "meanResponseTime": {
        "total": "72",
        "ok": "72",
        "ko": "-"
    },
    "standardDeviation": {
        "total": "163",
        "ok": "163",
        "ko": "-"
    },
    "percentiles1": {
        "total": "25",
        "ok": "25",
        "ko": "-"
    },
    "percentiles2": {
        "total": "42",
        "ok": "42",
        "ko": "-"
    },
    "percentiles3": {
        "total": "308",
        "ok": "308",
        "ko": "-"
    },
    "percentiles4": {
        "total": "865",
        "ok": "865",
        "ko": "-"
    },
    "group1": {
    "name": "t < 800 ms",
    "htmlName": "t < 800 ms",
    "count": 1563,
    "percentage": 98.79898862199748
},
    "group2": {
    "name": "800 ms <= t < 1200 ms",
    "htmlName": "t >= 800 ms <br> t < 1200 ms",
    "count": 11,
    "percentage": 0.695322376738306
},
    "group3": {
    "name": "t >= 1200 ms",
    "htmlName": "t >= 1200 ms",
    "count": 8,
    "percentage": 0.5056890012642226
},
    "group4": {
    "name": "failed",
    "htmlName": "failed",
    "count": 0,
    "percentage": 0.0
},
    "meanNumberOfRequestsPerSecond": {
        "total": "2.21",
        "ok": "2.21",
        "ko": "-"
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
        "total": "1582",
        "ok": "1582",
        "ko": "0"
    },
    "minResponseTime": {
        "total": "5",
        "ok": "5",
        "ko": "-"
    },
    "maxResponseTime": {
        "total": "950",
        "ok": "950",
        "ko": "-"
    },
    "meanResponseTime": {
        "total": "30",
        "ok": "30",
        "ko": "-"
    },
    "standardDeviation": {
        "total": "69",
        "ok": "69",
        "ko": "-"
    },
    "percentiles1": {
        "total": "11",
        "ok": "11",
        "ko": "-"
    },
    "percentiles2": {
        "total": "19",
        "ok": "19",
        "ko": "-"
    },
    "percentiles3": {
        "total": "114",
        "ok": "114",
        "ko": "-"
    },
    "percentiles4": {
        "total": "406",
        "ok": "406",
        "ko": "-"
    },
    "group1": {
    "name": "t < 800 ms",
    "htmlName": "t < 800 ms",
    "count": 1580,
    "percentage": 99.87357774968395
},
    "group2": {
    "name": "800 ms <= t < 1200 ms",
    "htmlName": "t >= 800 ms <br> t < 1200 ms",
    "count": 2,
    "percentage": 0.12642225031605564
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
        "total": "2.21",
        "ok": "2.21",
        "ko": "-"
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
        "total": "1036",
        "ok": "1036",
        "ko": "0"
    },
    "minResponseTime": {
        "total": "7",
        "ok": "7",
        "ko": "-"
    },
    "maxResponseTime": {
        "total": "3802",
        "ok": "3802",
        "ko": "-"
    },
    "meanResponseTime": {
        "total": "44",
        "ok": "44",
        "ko": "-"
    },
    "standardDeviation": {
        "total": "175",
        "ok": "175",
        "ko": "-"
    },
    "percentiles1": {
        "total": "14",
        "ok": "14",
        "ko": "-"
    },
    "percentiles2": {
        "total": "22",
        "ok": "22",
        "ko": "-"
    },
    "percentiles3": {
        "total": "143",
        "ok": "143",
        "ko": "-"
    },
    "percentiles4": {
        "total": "562",
        "ok": "562",
        "ko": "-"
    },
    "group1": {
    "name": "t < 800 ms",
    "htmlName": "t < 800 ms",
    "count": 1029,
    "percentage": 99.32432432432432
},
    "group2": {
    "name": "800 ms <= t < 1200 ms",
    "htmlName": "t >= 800 ms <br> t < 1200 ms",
    "count": 2,
    "percentage": 0.19305019305019305
},
    "group3": {
    "name": "t >= 1200 ms",
    "htmlName": "t >= 1200 ms",
    "count": 5,
    "percentage": 0.4826254826254826
},
    "group4": {
    "name": "failed",
    "htmlName": "failed",
    "count": 0,
    "percentage": 0.0
},
    "meanNumberOfRequestsPerSecond": {
        "total": "1.45",
        "ok": "1.45",
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
        "total": "297",
        "ok": "297",
        "ko": "0"
    },
    "minResponseTime": {
        "total": "9",
        "ok": "9",
        "ko": "-"
    },
    "maxResponseTime": {
        "total": "3762",
        "ok": "3762",
        "ko": "-"
    },
    "meanResponseTime": {
        "total": "112",
        "ok": "112",
        "ko": "-"
    },
    "standardDeviation": {
        "total": "423",
        "ok": "423",
        "ko": "-"
    },
    "percentiles1": {
        "total": "20",
        "ok": "20",
        "ko": "-"
    },
    "percentiles2": {
        "total": "36",
        "ok": "36",
        "ko": "-"
    },
    "percentiles3": {
        "total": "384",
        "ok": "384",
        "ko": "-"
    },
    "percentiles4": {
        "total": "2784",
        "ok": "2784",
        "ko": "-"
    },
    "group1": {
    "name": "t < 800 ms",
    "htmlName": "t < 800 ms",
    "count": 288,
    "percentage": 96.96969696969697
},
    "group2": {
    "name": "800 ms <= t < 1200 ms",
    "htmlName": "t >= 800 ms <br> t < 1200 ms",
    "count": 3,
    "percentage": 1.0101010101010102
},
    "group3": {
    "name": "t >= 1200 ms",
    "htmlName": "t >= 1200 ms",
    "count": 6,
    "percentage": 2.0202020202020203
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
        "total": "297",
        "ok": "297",
        "ko": "0"
    },
    "minResponseTime": {
        "total": "9",
        "ok": "9",
        "ko": "-"
    },
    "maxResponseTime": {
        "total": "3762",
        "ok": "3762",
        "ko": "-"
    },
    "meanResponseTime": {
        "total": "112",
        "ok": "112",
        "ko": "-"
    },
    "standardDeviation": {
        "total": "423",
        "ok": "423",
        "ko": "-"
    },
    "percentiles1": {
        "total": "20",
        "ok": "20",
        "ko": "-"
    },
    "percentiles2": {
        "total": "36",
        "ok": "36",
        "ko": "-"
    },
    "percentiles3": {
        "total": "384",
        "ok": "384",
        "ko": "-"
    },
    "percentiles4": {
        "total": "2784",
        "ok": "2784",
        "ko": "-"
    },
    "group1": {
    "name": "t < 800 ms",
    "htmlName": "t < 800 ms",
    "count": 289,
    "percentage": 97.3063973063973
},
    "group2": {
    "name": "800 ms <= t < 1200 ms",
    "htmlName": "t >= 800 ms <br> t < 1200 ms",
    "count": 2,
    "percentage": 0.6734006734006733
},
    "group3": {
    "name": "t >= 1200 ms",
    "htmlName": "t >= 1200 ms",
    "count": 6,
    "percentage": 2.0202020202020203
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

     },"group_record-lead-1259023819": {
          type: "GROUP",
name: "record lead",
path: "record lead",
pathFormatted: "group_record-lead-1259023819",
stats: {
    "name": "record lead",
    "numberOfRequests": {
        "total": "1036",
        "ok": "1036",
        "ko": "0"
    },
    "minResponseTime": {
        "total": "19",
        "ok": "19",
        "ko": "-"
    },
    "maxResponseTime": {
        "total": "4233",
        "ok": "4233",
        "ko": "-"
    },
    "meanResponseTime": {
        "total": "139",
        "ok": "139",
        "ko": "-"
    },
    "standardDeviation": {
        "total": "405",
        "ok": "405",
        "ko": "-"
    },
    "percentiles1": {
        "total": "37",
        "ok": "37",
        "ko": "-"
    },
    "percentiles2": {
        "total": "58",
        "ok": "58",
        "ko": "-"
    },
    "percentiles3": {
        "total": "566",
        "ok": "566",
        "ko": "-"
    },
    "percentiles4": {
        "total": "2409",
        "ok": "2409",
        "ko": "-"
    },
    "group1": {
    "name": "t < 800 ms",
    "htmlName": "t < 800 ms",
    "count": 996,
    "percentage": 96.13899613899613
},
    "group2": {
    "name": "800 ms <= t < 1200 ms",
    "htmlName": "t >= 800 ms <br> t < 1200 ms",
    "count": 6,
    "percentage": 0.5791505791505791
},
    "group3": {
    "name": "t >= 1200 ms",
    "htmlName": "t >= 1200 ms",
    "count": 34,
    "percentage": 3.2818532818532815
},
    "group4": {
    "name": "failed",
    "htmlName": "failed",
    "count": 0,
    "percentage": 0.0
},
    "meanNumberOfRequestsPerSecond": {
        "total": "1.45",
        "ok": "1.45",
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
        "total": "1036",
        "ok": "1036",
        "ko": "0"
    },
    "minResponseTime": {
        "total": "19",
        "ok": "19",
        "ko": "-"
    },
    "maxResponseTime": {
        "total": "4233",
        "ok": "4233",
        "ko": "-"
    },
    "meanResponseTime": {
        "total": "139",
        "ok": "139",
        "ko": "-"
    },
    "standardDeviation": {
        "total": "405",
        "ok": "405",
        "ko": "-"
    },
    "percentiles1": {
        "total": "37",
        "ok": "37",
        "ko": "-"
    },
    "percentiles2": {
        "total": "58",
        "ok": "58",
        "ko": "-"
    },
    "percentiles3": {
        "total": "566",
        "ok": "566",
        "ko": "-"
    },
    "percentiles4": {
        "total": "2409",
        "ok": "2409",
        "ko": "-"
    },
    "group1": {
    "name": "t < 800 ms",
    "htmlName": "t < 800 ms",
    "count": 996,
    "percentage": 96.13899613899613
},
    "group2": {
    "name": "800 ms <= t < 1200 ms",
    "htmlName": "t >= 800 ms <br> t < 1200 ms",
    "count": 7,
    "percentage": 0.6756756756756757
},
    "group3": {
    "name": "t >= 1200 ms",
    "htmlName": "t >= 1200 ms",
    "count": 33,
    "percentage": 3.1853281853281854
},
    "group4": {
    "name": "failed",
    "htmlName": "failed",
    "count": 0,
    "percentage": 0.0
},
    "meanNumberOfRequestsPerSecond": {
        "total": "1.45",
        "ok": "1.45",
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
        "total": "164",
        "ok": "163",
        "ko": "1"
    },
    "minResponseTime": {
        "total": "17",
        "ok": "17",
        "ko": "253"
    },
    "maxResponseTime": {
        "total": "3557",
        "ok": "3557",
        "ko": "253"
    },
    "meanResponseTime": {
        "total": "92",
        "ok": "91",
        "ko": "253"
    },
    "standardDeviation": {
        "total": "301",
        "ok": "302",
        "ko": "0"
    },
    "percentiles1": {
        "total": "30",
        "ok": "30",
        "ko": "253"
    },
    "percentiles2": {
        "total": "42",
        "ok": "42",
        "ko": "253"
    },
    "percentiles3": {
        "total": "296",
        "ok": "296",
        "ko": "253"
    },
    "percentiles4": {
        "total": "895",
        "ok": "895",
        "ko": "253"
    },
    "group1": {
    "name": "t < 800 ms",
    "htmlName": "t < 800 ms",
    "count": 160,
    "percentage": 97.5609756097561
},
    "group2": {
    "name": "800 ms <= t < 1200 ms",
    "htmlName": "t >= 800 ms <br> t < 1200 ms",
    "count": 2,
    "percentage": 1.2195121951219512
},
    "group3": {
    "name": "t >= 1200 ms",
    "htmlName": "t >= 1200 ms",
    "count": 1,
    "percentage": 0.6097560975609756
},
    "group4": {
    "name": "failed",
    "htmlName": "failed",
    "count": 1,
    "percentage": 0.6097560975609756
},
    "meanNumberOfRequestsPerSecond": {
        "total": "0.23",
        "ok": "0.23",
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
        "total": "164",
        "ok": "163",
        "ko": "1"
    },
    "minResponseTime": {
        "total": "17",
        "ok": "17",
        "ko": "253"
    },
    "maxResponseTime": {
        "total": "3557",
        "ok": "3557",
        "ko": "253"
    },
    "meanResponseTime": {
        "total": "92",
        "ok": "91",
        "ko": "253"
    },
    "standardDeviation": {
        "total": "301",
        "ok": "302",
        "ko": "0"
    },
    "percentiles1": {
        "total": "30",
        "ok": "30",
        "ko": "253"
    },
    "percentiles2": {
        "total": "43",
        "ok": "42",
        "ko": "253"
    },
    "percentiles3": {
        "total": "296",
        "ok": "296",
        "ko": "253"
    },
    "percentiles4": {
        "total": "895",
        "ok": "895",
        "ko": "253"
    },
    "group1": {
    "name": "t < 800 ms",
    "htmlName": "t < 800 ms",
    "count": 160,
    "percentage": 97.5609756097561
},
    "group2": {
    "name": "800 ms <= t < 1200 ms",
    "htmlName": "t >= 800 ms <br> t < 1200 ms",
    "count": 2,
    "percentage": 1.2195121951219512
},
    "group3": {
    "name": "t >= 1200 ms",
    "htmlName": "t >= 1200 ms",
    "count": 1,
    "percentage": 0.6097560975609756
},
    "group4": {
    "name": "failed",
    "htmlName": "failed",
    "count": 1,
    "percentage": 0.6097560975609756
},
    "meanNumberOfRequestsPerSecond": {
        "total": "0.23",
        "ok": "0.23",
        "ko": "0"
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
        "total": "297",
        "ok": "297",
        "ko": "0"
    },
    "minResponseTime": {
        "total": "11",
        "ok": "11",
        "ko": "-"
    },
    "maxResponseTime": {
        "total": "4023",
        "ok": "4023",
        "ko": "-"
    },
    "meanResponseTime": {
        "total": "69",
        "ok": "69",
        "ko": "-"
    },
    "standardDeviation": {
        "total": "255",
        "ok": "255",
        "ko": "-"
    },
    "percentiles1": {
        "total": "24",
        "ok": "24",
        "ko": "-"
    },
    "percentiles2": {
        "total": "36",
        "ok": "36",
        "ko": "-"
    },
    "percentiles3": {
        "total": "279",
        "ok": "279",
        "ko": "-"
    },
    "percentiles4": {
        "total": "707",
        "ok": "707",
        "ko": "-"
    },
    "group1": {
    "name": "t < 800 ms",
    "htmlName": "t < 800 ms",
    "count": 295,
    "percentage": 99.32659932659934
},
    "group2": {
    "name": "800 ms <= t < 1200 ms",
    "htmlName": "t >= 800 ms <br> t < 1200 ms",
    "count": 1,
    "percentage": 0.33670033670033667
},
    "group3": {
    "name": "t >= 1200 ms",
    "htmlName": "t >= 1200 ms",
    "count": 1,
    "percentage": 0.33670033670033667
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
"req_record-visit-384404668": {
        type: "REQUEST",
        name: "record visit",
path: "record visit / record visit",
pathFormatted: "req_record-visit----551259377",
stats: {
    "name": "record visit",
    "numberOfRequests": {
        "total": "297",
        "ok": "297",
        "ko": "0"
    },
    "minResponseTime": {
        "total": "11",
        "ok": "11",
        "ko": "-"
    },
    "maxResponseTime": {
        "total": "4023",
        "ok": "4023",
        "ko": "-"
    },
    "meanResponseTime": {
        "total": "69",
        "ok": "69",
        "ko": "-"
    },
    "standardDeviation": {
        "total": "255",
        "ok": "255",
        "ko": "-"
    },
    "percentiles1": {
        "total": "24",
        "ok": "24",
        "ko": "-"
    },
    "percentiles2": {
        "total": "36",
        "ok": "36",
        "ko": "-"
    },
    "percentiles3": {
        "total": "279",
        "ok": "279",
        "ko": "-"
    },
    "percentiles4": {
        "total": "707",
        "ok": "707",
        "ko": "-"
    },
    "group1": {
    "name": "t < 800 ms",
    "htmlName": "t < 800 ms",
    "count": 295,
    "percentage": 99.32659932659934
},
    "group2": {
    "name": "800 ms <= t < 1200 ms",
    "htmlName": "t >= 800 ms <br> t < 1200 ms",
    "count": 1,
    "percentage": 0.33670033670033667
},
    "group3": {
    "name": "t >= 1200 ms",
    "htmlName": "t >= 1200 ms",
    "count": 1,
    "percentage": 0.33670033670033667
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

     },"group_confirm-deliver-2041163092": {
          type: "GROUP",
name: "confirm delivery",
path: "confirm delivery",
pathFormatted: "group_confirm-deliver-2041163092",
stats: {
    "name": "confirm delivery",
    "numberOfRequests": {
        "total": "159",
        "ok": "159",
        "ko": "0"
    },
    "minResponseTime": {
        "total": "11",
        "ok": "11",
        "ko": "-"
    },
    "maxResponseTime": {
        "total": "1104",
        "ok": "1104",
        "ko": "-"
    },
    "meanResponseTime": {
        "total": "112",
        "ok": "112",
        "ko": "-"
    },
    "standardDeviation": {
        "total": "162",
        "ok": "162",
        "ko": "-"
    },
    "percentiles1": {
        "total": "87",
        "ok": "87",
        "ko": "-"
    },
    "percentiles2": {
        "total": "116",
        "ok": "116",
        "ko": "-"
    },
    "percentiles3": {
        "total": "358",
        "ok": "358",
        "ko": "-"
    },
    "percentiles4": {
        "total": "1070",
        "ok": "1070",
        "ko": "-"
    },
    "group1": {
    "name": "t < 800 ms",
    "htmlName": "t < 800 ms",
    "count": 156,
    "percentage": 98.11320754716981
},
    "group2": {
    "name": "800 ms <= t < 1200 ms",
    "htmlName": "t >= 800 ms <br> t < 1200 ms",
    "count": 3,
    "percentage": 1.8867924528301887
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
        "total": "0.22",
        "ok": "0.22",
        "ko": "-"
    }
},
contents: {
"req_confirm-deliver-2057619641": {
        type: "REQUEST",
        name: "confirm delivery by officer",
path: "confirm delivery / confirm delivery by officer",
pathFormatted: "req_confirm-deliver-1470414460",
stats: {
    "name": "confirm delivery by officer",
    "numberOfRequests": {
        "total": "75",
        "ok": "75",
        "ko": "0"
    },
    "minResponseTime": {
        "total": "11",
        "ok": "11",
        "ko": "-"
    },
    "maxResponseTime": {
        "total": "1070",
        "ok": "1070",
        "ko": "-"
    },
    "meanResponseTime": {
        "total": "56",
        "ok": "56",
        "ko": "-"
    },
    "standardDeviation": {
        "total": "138",
        "ok": "138",
        "ko": "-"
    },
    "percentiles1": {
        "total": "20",
        "ok": "20",
        "ko": "-"
    },
    "percentiles2": {
        "total": "32",
        "ok": "32",
        "ko": "-"
    },
    "percentiles3": {
        "total": "283",
        "ok": "283",
        "ko": "-"
    },
    "percentiles4": {
        "total": "1070",
        "ok": "1070",
        "ko": "-"
    },
    "group1": {
    "name": "t < 800 ms",
    "htmlName": "t < 800 ms",
    "count": 74,
    "percentage": 98.66666666666667
},
    "group2": {
    "name": "800 ms <= t < 1200 ms",
    "htmlName": "t >= 800 ms <br> t < 1200 ms",
    "count": 1,
    "percentage": 1.3333333333333335
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
        "total": "0.1",
        "ok": "0.1",
        "ko": "-"
    }
}
    },"req_confirm-deliver--1842897288": {
        type: "REQUEST",
        name: "confirm delivery by PIN",
path: "confirm delivery / confirm delivery by PIN",
pathFormatted: "req_confirm-deliver-1907813819",
stats: {
    "name": "confirm delivery by PIN",
    "numberOfRequests": {
        "total": "84",
        "ok": "84",
        "ko": "0"
    },
    "minResponseTime": {
        "total": "76",
        "ok": "76",
        "ko": "-"
    },
    "maxResponseTime": {
        "total": "1104",
        "ok": "1104",
        "ko": "-"
    },
    "meanResponseTime": {
        "total": "162",
        "ok": "162",
        "ko": "-"
    },
    "standardDeviation": {
        "total": "167",
        "ok": "167",
        "ko": "-"
    },
    "percentiles1": {
        "total": "105",
        "ok": "105",
        "ko": "-"
    },
    "percentiles2": {
        "total": "149",
        "ok": "149",
        "ko": "-"
    },
    "percentiles3": {
        "total": "560",
        "ok": "560",
        "ko": "-"
    },
    "percentiles4": {
        "total": "1104",
        "ok": "1104",
        "ko": "-"
    },
    "group1": {
    "name": "t < 800 ms",
    "htmlName": "t < 800 ms",
    "count": 82,
    "percentage": 97.61904761904762
},
    "group2": {
    "name": "800 ms <= t < 1200 ms",
    "htmlName": "t >= 800 ms <br> t < 1200 ms",
    "count": 2,
    "percentage": 2.380952380952381
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
        "total": "0.12",
        "ok": "0.12",
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
        "total": "1036",
        "ok": "1036",
        "ko": "0"
    },
    "minResponseTime": {
        "total": "27",
        "ok": "27",
        "ko": "-"
    },
    "maxResponseTime": {
        "total": "4991",
        "ok": "4991",
        "ko": "-"
    },
    "meanResponseTime": {
        "total": "131",
        "ok": "131",
        "ko": "-"
    },
    "standardDeviation": {
        "total": "415",
        "ok": "415",
        "ko": "-"
    },
    "percentiles1": {
        "total": "49",
        "ok": "49",
        "ko": "-"
    },
    "percentiles2": {
        "total": "70",
        "ok": "70",
        "ko": "-"
    },
    "percentiles3": {
        "total": "358",
        "ok": "358",
        "ko": "-"
    },
    "percentiles4": {
        "total": "2512",
        "ok": "2512",
        "ko": "-"
    },
    "group1": {
    "name": "t < 800 ms",
    "htmlName": "t < 800 ms",
    "count": 1008,
    "percentage": 97.2972972972973
},
    "group2": {
    "name": "800 ms <= t < 1200 ms",
    "htmlName": "t >= 800 ms <br> t < 1200 ms",
    "count": 8,
    "percentage": 0.7722007722007722
},
    "group3": {
    "name": "t >= 1200 ms",
    "htmlName": "t >= 1200 ms",
    "count": 20,
    "percentage": 1.9305019305019304
},
    "group4": {
    "name": "failed",
    "htmlName": "failed",
    "count": 0,
    "percentage": 0.0
},
    "meanNumberOfRequestsPerSecond": {
        "total": "1.45",
        "ok": "1.45",
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
        "total": "1036",
        "ok": "1036",
        "ko": "0"
    },
    "minResponseTime": {
        "total": "27",
        "ok": "27",
        "ko": "-"
    },
    "maxResponseTime": {
        "total": "4991",
        "ok": "4991",
        "ko": "-"
    },
    "meanResponseTime": {
        "total": "131",
        "ok": "131",
        "ko": "-"
    },
    "standardDeviation": {
        "total": "415",
        "ok": "415",
        "ko": "-"
    },
    "percentiles1": {
        "total": "49",
        "ok": "49",
        "ko": "-"
    },
    "percentiles2": {
        "total": "70",
        "ok": "70",
        "ko": "-"
    },
    "percentiles3": {
        "total": "358",
        "ok": "358",
        "ko": "-"
    },
    "percentiles4": {
        "total": "2512",
        "ok": "2512",
        "ko": "-"
    },
    "group1": {
    "name": "t < 800 ms",
    "htmlName": "t < 800 ms",
    "count": 1008,
    "percentage": 97.2972972972973
},
    "group2": {
    "name": "800 ms <= t < 1200 ms",
    "htmlName": "t >= 800 ms <br> t < 1200 ms",
    "count": 8,
    "percentage": 0.7722007722007722
},
    "group3": {
    "name": "t >= 1200 ms",
    "htmlName": "t >= 1200 ms",
    "count": 20,
    "percentage": 1.9305019305019304
},
    "group4": {
    "name": "failed",
    "htmlName": "failed",
    "count": 0,
    "percentage": 0.0
},
    "meanNumberOfRequestsPerSecond": {
        "total": "1.45",
        "ok": "1.45",
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
