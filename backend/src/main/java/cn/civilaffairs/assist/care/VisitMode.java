package cn.civilaffairs.assist.care;

public enum VisitMode { HOME, PHONE }
