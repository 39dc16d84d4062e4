package cn.civilaffairs.assist.person;

public enum Gender { MALE, FEMALE }
