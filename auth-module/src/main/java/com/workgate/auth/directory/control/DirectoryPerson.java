package com.workgate.auth.directory.control;

import java.util.List;

/** A current person as a directory names them: by email or by user name (UPN). */
record DirectoryPerson(long id, String email, String userName) {

    /**
     * The person a directory's userName names: an exact email, else an exact user name, else the one person whose
     * email or user name matches ignoring case; null when none does or several do.
     */
    static Long resolve(String userName, List<DirectoryPerson> people) {
        for (DirectoryPerson person : people) {
            if (userName.equals(person.email())) {
                return person.id();
            }
        }
        for (DirectoryPerson person : people) {
            if (userName.equals(person.userName())) {
                return person.id();
            }
        }
        List<DirectoryPerson> ignoringCase = people.stream()
                .filter(p -> userName.equalsIgnoreCase(p.email()) || userName.equalsIgnoreCase(p.userName()))
                .toList();
        return ignoringCase.size() == 1 ? ignoringCase.get(0).id() : null;
    }
}
